import { ON_DEMAND_WARM_DEFAULT } from '../lib/season-config';
import { PARTITION_WRITE_LIMIT, type Assumptions, type Prices } from './assumptions';

/** Write units of one standard write of an item of `kb` (1 KB per unit, rounded up). */
const wcu = (kb: number) => Math.ceil(kb);
/** Read units of one eventually consistent read of `kb` (4 KB per half unit). */
const rruEventual = (kb: number) => Math.ceil(kb / 4) / 2;
/** Read units of one strongly consistent read. */
const rruStrong = (kb: number) => Math.ceil(kb / 4);

/** One kind of request: how many in the season and what each costs in DynamoDB units. */
export interface Operation {
  readonly name: 'save' | 'submit' | 'return' | 'approve' | 'unapprove' | 'dashboard';
  readonly count: number;
  readonly peakPerSecond: number;
  /** Table write units per request (transactions count double). */
  readonly tableWcu: number;
  /** GSI write units per request (a status item whose index key changes: delete + put). */
  readonly indexWcu: number;
  readonly tableRru: number;
  readonly indexRru: number;
}

export interface Plan {
  readonly operations: readonly Operation[];
  readonly peak: {
    readonly requestsPerSecond: number;
    /**
     * Writing requests per second by kind (the "peak writes per second"); approvals
     * include returns and unapprovals; totals updates count one per region level.
     */
    readonly writesPerSecond: { saves: number; submissions: number; approvals: number; totalsUpdates: number; total: number };
  };
  readonly throughput: { tableWcu: number; tableRru: number; indexWcu: number; indexRru: number };
  readonly warm: { tableWrite: number; tableRead: number; indexWrite: number; indexRead: number; needed: boolean; configuredEnough: boolean };
  readonly hotKeys: {
    /** Write units per second on the busiest totals item (the national one) if unsharded. */
    readonly totalsItemWcu: number;
    readonly shardsNeeded: number;
    readonly shardsConfigured: number;
    readonly shardsOk: boolean;
    /** Write units per second on the largest province's GSI partition. */
    readonly indexPartitionWcu: number;
    readonly indexPartitionOk: boolean;
  };
  readonly lambda: { peakConcurrency: number; provisionedNeeded: number; provisionedConfigured: number; provisionedOk: boolean; provisionedHours: number };
  readonly cost: {
    readonly lambdaRequests: number;
    readonly lambdaDuration: number;
    readonly provisionedConcurrency: number;
    readonly httpApi: number;
    readonly dynamoWrites: number;
    readonly dynamoReads: number;
    readonly warmThroughput: number;
    readonly season: number;
    readonly perMonth: number;
  };
  readonly warnings: readonly string[];
}


/** The season's operations: counts, peak rates and unit costs (pure; see assumptions.ts). */
export function operations(a: Assumptions): Operation[] {
  // Fraction of a season's requests that arrive in its busiest second.
  const peak = (a.peakShare * a.peakHourShare * a.burst) / 3600;
  const middleware = a.readsPerRequest * rruEventual(1);
  const status = wcu(a.statusKb);
  const history = 1;
  const indexChange = a.statusIndexes * 2 * status;
  const totals = a.totalsLevels * wcu(a.totalsKb);
  const approvals = a.groups * (1 + a.unapproveRate);
  const op = (name: Operation['name'], count: number, rate: number, w: Omit<Operation, 'name' | 'count' | 'peakPerSecond'>): Operation =>
    ({ name, count, peakPerSecond: count * rate, ...w });
  return [
    // A conditional update of the draft, which no index carries.
    op('save', a.groups * a.savesPerReport, peak, { tableWcu: wcu(a.reportKb), indexWcu: 0, tableRru: middleware, indexRru: 0 }),
    // Transaction: lock the draft, move the status item, add a history item; reads the draft to validate it.
    op('submit', a.groups * (1 + a.returnRate), peak, {
      tableWcu: 2 * (wcu(a.reportKb) + status + history), indexWcu: indexChange, tableRru: middleware + rruStrong(a.reportKb), indexRru: 0,
    }),
    op('return', a.groups * a.returnRate, peak * a.approvalBurst, { tableWcu: 2 * (status + history), indexWcu: indexChange, tableRru: middleware, indexRru: 0 }),
    // Transaction: status, history and one totals shard per level.
    op('approve', a.groups, peak * a.approvalBurst, {
      tableWcu: 2 * (status + history + totals), indexWcu: indexChange, tableRru: middleware + rruStrong(a.reportKb), indexRru: 0,
    }),
    op('unapprove', approvals - a.groups, peak * a.approvalBurst, {
      tableWcu: 2 * (status + history + totals), indexWcu: indexChange, tableRru: middleware + rruStrong(a.reportKb), indexRru: 0,
    }),
    // Totals: every shard of the region in one BatchGetItem; progress: a page of status items from the GSI.
    op('dashboard', a.orgs * a.dashboardViewsPerOrg, peak, {
      tableWcu: 0, indexWcu: 0, tableRru: middleware + a.totalsShards * rruEventual(a.totalsKb), indexRru: rruEventual(a.dashboardItems * a.statusKb),
    }),
  ];
}

const sumBy = (ops: readonly Operation[], f: (o: Operation) => number) => ops.reduce((acc, o) => acc + f(o), 0);

/** The whole plan from the assumptions and prices. */
export function plan(a: Assumptions, prices: Prices): Plan {
  const ops = operations(a);
  const by = (name: Operation['name']) => ops.find((o) => o.name === name)!;
  const warnings: string[] = [];

  const requestsPerSecond = sumBy(ops, (o) => o.peakPerSecond);
  const approvalRate = by('approve').peakPerSecond + by('unapprove').peakPerSecond;
  const writesPerSecond = {
    saves: by('save').peakPerSecond,
    submissions: by('submit').peakPerSecond,
    approvals: approvalRate + by('return').peakPerSecond,
    totalsUpdates: approvalRate * a.totalsLevels,
  };
  const throughput = {
    tableWcu: sumBy(ops, (o) => o.peakPerSecond * o.tableWcu),
    tableRru: sumBy(ops, (o) => o.peakPerSecond * o.tableRru),
    indexWcu: sumBy(ops, (o) => o.peakPerSecond * o.indexWcu),
    indexRru: sumBy(ops, (o) => o.peakPerSecond * o.indexRru),
  };

  // Warm throughput: what the peak needs beyond DynamoDB's free default, and what is configured.
  const need = (value: number, fallback: number) => Math.max(fallback, Math.ceil(value));
  const warm = {
    tableWrite: need(throughput.tableWcu, ON_DEMAND_WARM_DEFAULT.write),
    tableRead: need(throughput.tableRru, ON_DEMAND_WARM_DEFAULT.read),
    indexWrite: need(throughput.indexWcu, ON_DEMAND_WARM_DEFAULT.write),
    indexRead: need(throughput.indexRru, ON_DEMAND_WARM_DEFAULT.read),
  };
  const configured = (value: number, fallback: number) => Math.max(value, fallback);
  const warmNeeded = warm.tableWrite > ON_DEMAND_WARM_DEFAULT.write || warm.tableRead > ON_DEMAND_WARM_DEFAULT.read
    || warm.indexWrite > ON_DEMAND_WARM_DEFAULT.write || warm.indexRead > ON_DEMAND_WARM_DEFAULT.read;
  const warmEnough = configured(a.warmTableWrite, ON_DEMAND_WARM_DEFAULT.write) >= warm.tableWrite
    && configured(a.warmTableRead, ON_DEMAND_WARM_DEFAULT.read) >= warm.tableRead
    && configured(a.warmIndexWrite, ON_DEMAND_WARM_DEFAULT.write) >= warm.indexWrite
    && configured(a.warmIndexRead, ON_DEMAND_WARM_DEFAULT.read) >= warm.indexRead;
  if (!warmEnough) warnings.push('configured warm throughput is below the peak: raise it in infra/seasons.ts (at least 24 h before the open)');

  // Hot keys: every approval in the country updates the national totals; shards split it.
  const totalsItemWcu = approvalRate * 2 * wcu(a.totalsKb);
  const shardsNeeded = Math.max(1, Math.ceil(totalsItemWcu / (PARTITION_WRITE_LIMIT * a.shardUtilization)));
  const shardsOk = a.totalsShards >= shardsNeeded;
  if (!shardsOk) warnings.push(`totals need ${shardsNeeded} shards per region (each on its own partition key); ${a.totalsShards} configured`);
  const indexPartitionWcu = throughput.indexWcu * a.largestRegionShare;
  const indexPartitionOk = indexPartitionWcu <= PARTITION_WRITE_LIMIT * a.shardUtilization;
  if (!indexPartitionOk) warnings.push(`the largest province's GSI partition takes ${Math.ceil(indexPartitionWcu)} WCU/s: shard the status index key`);

  const peakConcurrency = requestsPerSecond * (a.durationMs / 1000);
  const provisionedNeeded = Math.max(1, Math.ceil(peakConcurrency * a.concurrencyHeadroom));
  const provisionedOk = a.configuredConcurrency >= provisionedNeeded;
  if (!provisionedOk) warnings.push(`provisioned concurrency ${a.configuredConcurrency} is below the ${provisionedNeeded} the peak needs (infra/seasons.ts)`);
  const provisionedHours = a.windowDays * 24 + a.leadHours + a.coolDownHours;

  const requests = sumBy(ops, (o) => o.count);
  const gb = a.memoryMb / 1024;
  const costs = {
    lambdaRequests: (requests / 1e6) * prices.lambdaPerMillionRequests,
    // Upper bound: every request at the on-demand duration price (requests on provisioned environments cost less).
    lambdaDuration: requests * (a.durationMs / 1000) * gb * prices.lambdaPerGbSecond,
    provisionedConcurrency: a.configuredConcurrency * gb * provisionedHours * 3600 * prices.provisionedPerGbSecond,
    httpApi: (requests / 1e6) * prices.httpApiPerMillionRequests,
    dynamoWrites: (sumBy(ops, (o) => o.count * (o.tableWcu + o.indexWcu)) / 1e6) * prices.ddbPerMillionWrites,
    dynamoReads: (sumBy(ops, (o) => o.count * (o.tableRru + o.indexRru)) / 1e6) * prices.ddbPerMillionReads,
    warmThroughput:
      (Math.max(0, a.warmTableWrite - ON_DEMAND_WARM_DEFAULT.write) + Math.max(0, a.warmIndexWrite - ON_DEMAND_WARM_DEFAULT.write)) * prices.warmPerWriteUnit
      + (Math.max(0, a.warmTableRead - ON_DEMAND_WARM_DEFAULT.read) + Math.max(0, a.warmIndexRead - ON_DEMAND_WARM_DEFAULT.read)) * prices.warmPerReadUnit,
  };
  const season = Object.values(costs).reduce((x, y) => x + y, 0);
  return {
    operations: ops,
    peak: {
      requestsPerSecond,
      writesPerSecond: { ...writesPerSecond, total: Object.values(writesPerSecond).reduce((x, y) => x + y, 0) },
    },
    throughput,
    warm: { ...warm, needed: warmNeeded, configuredEnough: warmEnough },
    hotKeys: { totalsItemWcu, shardsNeeded, shardsConfigured: a.totalsShards, shardsOk, indexPartitionWcu, indexPartitionOk },
    lambda: { peakConcurrency, provisionedNeeded, provisionedConfigured: a.configuredConcurrency, provisionedOk, provisionedHours },
    cost: { ...costs, season, perMonth: season / (a.windowDays / (365 / 12)) },
    warnings,
  };
}
