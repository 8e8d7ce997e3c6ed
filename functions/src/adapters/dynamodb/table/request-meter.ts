/**
 * Counts DynamoDB requests and consumed capacity in this process, so tests can assert
 * deterministic costs ("one Query per page") and bench/ can report them.
 */
interface Meter {
  requests: number;
  byCommand: Record<string, number>;
  capacityUnits: number;
}

const meter: Meter = { requests: 0, byCommand: {}, capacityUnits: 0 };

export function wantsCapacity(): boolean {
  return process.env.TRELLIS_DDB_CAPACITY === '1';
}

function unitsOf(consumed: unknown): number {
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum: number, c: { CapacityUnits?: number }) => sum + (c.CapacityUnits ?? 0), 0);
}

/** Called with each request's command name (the local gateway attributes requests to the API calls it serves). */
type RequestListener = (command: string) => void;
const listeners: RequestListener[] = [];

export function onRequest(listener: RequestListener): void {
  listeners.push(listener);
}

export function recordRequest(command: string, consumed: unknown): void {
  for (const listener of listeners) listener(command);
  meter.requests += 1;
  meter.byCommand[command] = (meter.byCommand[command] ?? 0) + 1;
  meter.capacityUnits += unitsOf(consumed);
}

export function readMeter(): Meter {
  return { requests: meter.requests, byCommand: { ...meter.byCommand }, capacityUnits: meter.capacityUnits };
}

export function resetMeter(): void {
  meter.requests = 0;
  meter.byCommand = {};
  meter.capacityUnits = 0;
}
