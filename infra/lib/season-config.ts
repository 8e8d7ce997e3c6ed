import { addDays, addHours, atExpression, isTimeZone, parseLocalDate, toInstant } from './season-clock';

/** Read and write units per second. */
export interface Throughput {
  readonly read: number;
  readonly write: number;
}

/** Warm throughput for the table and, by GSI name, for its indexes (an index left out keeps its default). */
export interface WarmThroughputConfig {
  readonly table?: Throughput;
  readonly indexes?: Readonly<Record<string, Throughput>>;
}

/** One reporting window. Dates are local calendar dates in `timeZone`. */
export interface Season {
  /** Construct-id-safe and unique, e.g. `vet-groups-2027` (letters, digits, dashes). */
  readonly name: string;
  /** The window opens at 00:00 local time on this date (`YYYY-MM-DD`). */
  readonly opens: string;
  /** The last day of the window (inclusive): it closes at 24:00 local time on this date. */
  readonly closes: string;
  /** IANA time zone the dates and the scheduled actions are in, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
  /** Provisioned concurrency of each report-saving function (its alias) during the window. */
  readonly provisionedConcurrency: number;
  /** Hours before the open when provisioned concurrency is raised (allocation takes minutes). */
  readonly leadHours: number;
  /** Hours after the close when it is lowered again (late approvals, returns, reopened orgs). */
  readonly coolDownHours: number;
  /** Warm throughput the season needs (see `warmThroughputFloor`: it is not scheduled). */
  readonly warmThroughput?: WarmThroughputConfig;
}

export interface SeasonsConfig {
  /** The capabilities (first folder of a route's entry, e.g. `reporting`) whose functions get an alias and scheduled provisioned concurrency. */
  readonly capabilities: readonly string[];
  /** The alias the HTTP API integration invokes, e.g. `live`. */
  readonly aliasName: string;
  /**
   * Warm throughput already applied by past seasons. DynamoDB never lowers warm throughput,
   * and CloudFormation fails on an attempt to, so keep the highest values here when a past
   * season is removed from `seasons`.
   */
  readonly warmThroughputFloor?: WarmThroughputConfig;
  readonly seasons: readonly Season[];
}

/** Warm throughput DynamoDB gives every new on-demand table and GSI for free (AWS docs). */
export const ON_DEMAND_WARM_DEFAULT: Throughput = { read: 12_000, write: 4_000 };
/** Upper bound for provisioned concurrency per function (Lambda's regional quota is 1,000 by default). */
export const MAX_PROVISIONED_CONCURRENCY = 10_000;
const MAX_SHIFT_HOURS = 30 * 24;

export class SeasonsConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid seasons configuration (infra/seasons.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeasonsConfigError';
  }
}

/** One window as scheduled: when provisioned concurrency goes up and down (local wall clock and real instants). */
export interface ScalingWindow {
  readonly season: string;
  readonly timeZone: string;
  readonly provisionedConcurrency: number;
  /** `at(...)` in the season's time zone. */
  readonly scaleUp: string;
  readonly scaleDown: string;
  /** Epoch ms of the two moments (for overlap checks and the planner's hours). */
  readonly scaleUpAt: number;
  readonly scaleDownAt: number;
}

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function checkWarm(label: string, warm: WarmThroughputConfig | undefined, indexNames: readonly string[], problems: string[]): void {
  if (!warm) return;
  const check = (where: string, t: Throughput) => {
    if (!isWholeIn(t.read, ON_DEMAND_WARM_DEFAULT.read, 40_000_000)) {
      problems.push(`${label} ${where}: warm read units ${String(t.read)} must be a whole number >= ${ON_DEMAND_WARM_DEFAULT.read} (the on-demand default; warm throughput can only be raised)`);
    }
    if (!isWholeIn(t.write, ON_DEMAND_WARM_DEFAULT.write, 40_000_000)) {
      problems.push(`${label} ${where}: warm write units ${String(t.write)} must be a whole number >= ${ON_DEMAND_WARM_DEFAULT.write} (the on-demand default; warm throughput can only be raised)`);
    }
  };
  if (warm.table) check('table', warm.table);
  for (const [name, t] of Object.entries(warm.indexes ?? {})) {
    if (!indexNames.includes(name)) problems.push(`${label}: warm throughput names index ${name}, which the table does not have (${indexNames.join(', ')})`);
    else check(`index ${name}`, t);
  }
}

/** The scheduled window of a season whose dates and zone are valid. */
export function scalingWindow(season: Season): ScalingWindow {
  const opens = parseLocalDate(season.opens)!;
  const up = addHours(opens, -season.leadHours);
  const down = addHours(addDays(parseLocalDate(season.closes)!, 1), season.coolDownHours);
  return {
    season: season.name,
    timeZone: season.timeZone,
    provisionedConcurrency: season.provisionedConcurrency,
    scaleUp: atExpression(up),
    scaleDown: atExpression(down),
    scaleUpAt: toInstant(up, season.timeZone),
    scaleDownAt: toInstant(down, season.timeZone),
  };
}

/**
 * Checks the whole configuration and throws one SeasonsConfigError listing every problem;
 * returns the windows in time order. `indexNames`: the table's GSIs (TABLE_SCHEMA).
 */
export function validateSeasons(config: SeasonsConfig, indexNames: readonly string[]): ScalingWindow[] {
  const problems: string[] = [];
  if (config.capabilities.length === 0) problems.push('capabilities: name at least one capability (e.g. "reporting")');
  for (const capability of config.capabilities) {
    if (!/^[a-z][a-z0-9-]*$/.test(capability)) problems.push(`capabilities: "${capability}" is not a capability name (lowercase, digits, dashes)`);
  }
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(config.aliasName) || /^\d+$/.test(config.aliasName)) {
    problems.push(`aliasName: "${config.aliasName}" is not a Lambda alias name (letters, digits, - or _, not only digits)`);
  }
  checkWarm('warmThroughputFloor', config.warmThroughputFloor, indexNames, problems);

  const windows: ScalingWindow[] = [];
  const names = new Set<string>();
  config.seasons.forEach((season, i) => {
    const label = `seasons[${i}] (${season.name})`;
    const before = problems.length;
    if (!/^[A-Za-z0-9-]{1,40}$/.test(season.name)) problems.push(`${label}: name must be 1-40 letters, digits or dashes`);
    if (names.has(season.name)) problems.push(`${label}: the name is used twice`);
    names.add(season.name);
    const opens = parseLocalDate(season.opens);
    const closes = parseLocalDate(season.closes);
    if (opens === undefined) problems.push(`${label}: opens "${season.opens}" is not a date (YYYY-MM-DD)`);
    if (closes === undefined) problems.push(`${label}: closes "${season.closes}" is not a date (YYYY-MM-DD)`);
    if (opens !== undefined && closes !== undefined && closes < opens) {
      problems.push(`${label}: closes ${season.closes} is before opens ${season.opens}`);
    }
    if (!isTimeZone(season.timeZone)) problems.push(`${label}: time zone "${season.timeZone}" is not an IANA zone (e.g. Asia/Shanghai)`);
    if (!isWholeIn(season.provisionedConcurrency, 1, MAX_PROVISIONED_CONCURRENCY)) {
      problems.push(`${label}: provisionedConcurrency ${String(season.provisionedConcurrency)} must be a whole number from 1 to ${MAX_PROVISIONED_CONCURRENCY}`);
    }
    if (!isWholeIn(season.leadHours, 0, MAX_SHIFT_HOURS)) problems.push(`${label}: leadHours must be a whole number from 0 to ${MAX_SHIFT_HOURS}`);
    if (!isWholeIn(season.coolDownHours, 0, MAX_SHIFT_HOURS)) problems.push(`${label}: coolDownHours must be a whole number from 0 to ${MAX_SHIFT_HOURS}`);
    checkWarm(label, season.warmThroughput, indexNames, problems);
    if (problems.length === before) windows.push(scalingWindow(season));
  });

  windows.sort((a, b) => a.scaleUpAt - b.scaleUpAt);
  for (let i = 1; i < windows.length; i++) {
    const [prev, next] = [windows[i - 1]!, windows[i]!];
    if (next.scaleUpAt < prev.scaleDownAt) {
      problems.push(
        `seasons ${prev.season} and ${next.season} overlap (with lead and cool-down hours): ${prev.season} scales down ${prev.scaleDown} ${prev.timeZone}, after ${next.season} scales up ${next.scaleUp} ${next.timeZone}; merge them into one window or move a date`,
      );
    }
  }
  if (problems.length > 0) throw new SeasonsConfigError(problems);
  return windows;
}

const maxOf = (a: Throughput | undefined, b: Throughput | undefined): Throughput | undefined =>
  a && b ? { read: Math.max(a.read, b.read), write: Math.max(a.write, b.write) } : (a ?? b);

/**
 * The warm throughput to deploy: the maximum over every season and the floor, for the table
 * and each index. Warm throughput is a floor DynamoDB keeps ready, not a schedule: it cannot
 * be lowered after the window, so the largest season decides it.
 */
export function warmThroughputFor(config: SeasonsConfig): { table?: Throughput; indexes: Record<string, Throughput> } {
  let table: Throughput | undefined;
  const indexes: Record<string, Throughput> = {};
  for (const warm of [config.warmThroughputFloor, ...config.seasons.map((s) => s.warmThroughput)]) {
    table = maxOf(table, warm?.table);
    for (const [name, t] of Object.entries(warm?.indexes ?? {})) indexes[name] = maxOf(indexes[name], t)!;
  }
  return { table, indexes };
}
