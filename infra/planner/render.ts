import { consoleGrid } from '../../bench/text-grid';
import { ASSUMPTION_NOTES, type Assumptions, type Prices } from './assumptions';
import type { Plan } from './plan';

const n = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits });
const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const flag = (ok: boolean) => (ok ? 'ok' : 'TOO LOW');
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function section(title: string, rows: string[][]): string {
  return `${title}\n${consoleGrid([['', 'value', 'note'], ...rows])}\n`;
}

/** The plan as console tables, with the assumptions and prices it rests on. */
export function renderPlan(plan: Plan, a: Assumptions, prices: Prices, source: string): string {
  const w = plan.peak.writesPerSecond;
  const t = plan.throughput;
  const parts = [
    section(`Assumptions (${source}; override with --<name>)`, Object.entries(a).map(([k, v]) => [`--${kebab(k)}`, String(v), ASSUMPTION_NOTES[k as keyof Assumptions]])),
    section('Prices: us-east-1 list prices, USD (override with --price-<name>)', Object.entries(prices).map(([k, v]) => [`--price-${kebab(k)}`, String(v), ''])),
    section('Peak writes per second (busiest second of the deadline day)', [
      ['report saves', n(w.saves), 'conditional update of the draft'],
      ['submissions', n(w.submissions), 'transaction: draft lock, status, history'],
      ['approvals', n(w.approvals), 'incl. returns and unapprovals'],
      ['totals updates', n(w.totalsUpdates), `${a.totalsLevels} region levels per approval`],
      ['total', n(w.total), ''],
      ['all API requests/s', n(plan.peak.requestsPerSecond), 'incl. dashboard views'],
    ]),
    section('DynamoDB throughput at the peak (on-demand units per second)', [
      ['table writes (WCU)', n(t.tableWcu), `draft ${a.reportKb} KB, status ${a.statusKb} KB, totals ${a.totalsKb} KB; transactions x2`],
      ['table reads (RCU)', n(t.tableRru), `${a.readsPerRequest} small reads per request + totals shards`],
      ['GSI writes (WCU)', n(t.indexWcu), `status item in ${a.statusIndexes} GSI(s): delete + put per state change`],
      ['GSI reads (RCU)', n(t.indexRru), `${a.dashboardItems} status items per dashboard page`],
      ['warm throughput needed', `table ${n(plan.warm.tableWrite, 0)} W / ${n(plan.warm.tableRead, 0)} R, GSI ${n(plan.warm.indexWrite, 0)} W / ${n(plan.warm.indexRead, 0)} R`,
        plan.warm.needed ? 'above the on-demand default: pre-warm' : 'within the on-demand default (4,000 W / 12,000 R)'],
      ['warm throughput configured', flag(plan.warm.configuredEnough), 'infra/seasons.ts'],
    ]),
    section('Hot keys (no partition above 1,000 writes/s)', [
      ['national totals, unsharded', `${n(plan.hotKeys.totalsItemWcu)} WCU/s`, 'every approval in the country lands there'],
      ['totals shards needed', String(plan.hotKeys.shardsNeeded), `at most ${n(a.shardUtilization * 100, 0)} % of a partition each`],
      ['totals shards configured', String(plan.hotKeys.shardsConfigured), flag(plan.hotKeys.shardsOk)],
      ['largest province GSI partition', `${n(plan.hotKeys.indexPartitionWcu)} WCU/s`, plan.hotKeys.indexPartitionOk ? 'ok' : 'TOO HOT: shard the index key'],
    ]),
    section('Lambda (report-saving function)', [
      ['peak concurrency', n(plan.lambda.peakConcurrency), `requests/s x ${a.durationMs} ms`],
      ['provisioned concurrency needed', String(plan.lambda.provisionedNeeded), `x ${a.concurrencyHeadroom} headroom`],
      ['provisioned concurrency configured', String(plan.lambda.provisionedConfigured), flag(plan.lambda.provisionedOk)],
      ['provisioned hours', n(plan.lambda.provisionedHours, 0), `${a.windowDays} days + ${a.leadHours} h lead + ${a.coolDownHours} h cool-down`],
    ]),
    section('Cost of the season (USD, us-east-1 list prices)', [
      ['Lambda requests', usd(plan.cost.lambdaRequests), ''],
      ['Lambda duration (GB-s)', usd(plan.cost.lambdaDuration), `${a.memoryMb} MB arm64, on-demand price (upper bound)`],
      ['provisioned concurrency', usd(plan.cost.provisionedConcurrency), `${plan.lambda.provisionedConfigured} x ${a.memoryMb} MB x ${n(plan.lambda.provisionedHours, 0)} h`],
      ['HTTP API requests', usd(plan.cost.httpApi), ''],
      ['DynamoDB writes (on-demand)', usd(plan.cost.dynamoWrites), 'table + GSIs'],
      ['DynamoDB reads (on-demand)', usd(plan.cost.dynamoReads), 'table + GSIs'],
      ['warm throughput (one-time)', usd(plan.cost.warmThroughput), 'units above the default; assumed price, verify'],
      ['season total', usd(plan.cost.season), `${a.windowDays} days`],
      ['per month', usd(plan.cost.perMonth), 'season total / months in the window'],
    ]),
  ];
  const warnings = plan.warnings.length ? `WARNINGS\n${plan.warnings.map((x) => `  - ${x}`).join('\n')}\n` : 'No warnings: the configuration covers the assumed peak.\n';
  return `${parts.join('\n')}\n${warnings}`;
}
