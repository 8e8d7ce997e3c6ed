import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { onRequest } from '../functions/src/adapters/dynamodb/table/request-meter';

/**
 * What the API calls served by the local gateway cost: the DynamoDB requests made while
 * serving them (the stream poller's and job runner's own requests are not counted, nor local-only
 * routes such as the SMS sink) and the number of calls. `GET /__meter` reads it, `DELETE /__meter` resets it; bench/pages.bench.ts
 * and tests/e2e/page-budgets.e2e.test.ts measure one page view between the two.
 */
export const METER_PATH = '/__meter';

interface Counts {
  ddbRequests: number;
  apiCalls: number;
  byCommand: Record<string, number>;
  routes: string[];
}

const serving = new AsyncLocalStorage<true>();
let counts: Counts = { ddbRequests: 0, apiCalls: 0, byCommand: {}, routes: [] };

onRequest((command) => {
  if (!serving.getStore()) return;
  counts.ddbRequests += 1;
  counts.byCommand[command] = (counts.byCommand[command] ?? 0) + 1;
});

/** Runs one API call's handling inside the meter's scope. */
export function metered<T>(routeId: string, fn: () => Promise<T>): Promise<T> {
  counts.apiCalls += 1;
  counts.routes.push(routeId);
  return serving.run(true, fn);
}

/** Answers `/__meter`; false when the request is for something else. */
export function serveMeter(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (pathname !== METER_PATH) return false;
  if (req.method === 'DELETE') counts = { ddbRequests: 0, apiCalls: 0, byCommand: {}, routes: [] };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts));
  return true;
}
