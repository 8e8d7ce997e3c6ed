import { describe, expect, it } from 'vitest';
import { SEASONS } from '../seasons';
import type { SeasonsConfig } from '../lib/season-config';
import { ASSUMPTION_NOTES, DEFAULT_ASSUMPTIONS, US_EAST_1_PRICES, type Assumptions } from '../planner/assumptions';
import { parseCommandLine } from '../planner/cli';
import { plan } from '../planner/plan';
import { renderPlan } from '../planner/render';

/**
 * A hand-checkable season: 1,000 orgs; peakShare 1 x peakHourShare 1 x burst 3.6 / 3600 s
 * puts exactly 1/1000 of each operation's season count into the busiest second.
 */
const small: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  orgs: 1000,
  groups: 1000,
  savesPerReport: 10,
  returnRate: 0.5,
  unapproveRate: 0,
  dashboardViewsPerOrg: 0,
  peakShare: 1,
  peakHourShare: 1,
  burst: 3.6,
  approvalBurst: 1,
  reportKb: 2.5, // 3 WCU per write, 1 RCU per strong read
  statusKb: 1,
  totalsKb: 4,
  totalsLevels: 2,
  readsPerRequest: 2, // 2 x 0.5 RCU
  durationMs: 200,
  memoryMb: 2048,
  concurrencyHeadroom: 1.5,
  windowDays: 10,
  leadHours: 12,
  coolDownHours: 12,
  configuredConcurrency: 5,
  warmTableWrite: 0,
  warmTableRead: 0,
  warmIndexWrite: 0,
  warmIndexRead: 0,
};

describe('capacity planner: the calculation', () => {
  const p = plan(small, US_EAST_1_PRICES);

  it('derives peak writes per second from counts and the peak pattern', () => {
    // saves 10,000 -> 10/s; submissions 1,500 -> 1.5/s; approvals 1,000 + returns 500 -> 1.5/s; totals 1/s x 2 levels
    expect(p.peak.writesPerSecond.saves).toBeCloseTo(10);
    expect(p.peak.writesPerSecond.submissions).toBeCloseTo(1.5);
    expect(p.peak.writesPerSecond.approvals).toBeCloseTo(1.5);
    expect(p.peak.writesPerSecond.totalsUpdates).toBeCloseTo(2);
    expect(p.peak.writesPerSecond.total).toBeCloseTo(15);
    expect(p.peak.requestsPerSecond).toBeCloseTo(13);
  });

  it('sizes table and GSI units from item sizes, transactions counting double', () => {
    // save 3; submit 2x(3+1+1)=10; return 2x(1+1)=4; approve 2x(1+1+2x4)=20 WCU
    expect(p.throughput.tableWcu).toBeCloseTo(10 * 3 + 1.5 * 10 + 0.5 * 4 + 1 * 20);
    // status item in one GSI: delete + put per state change
    expect(p.throughput.indexWcu).toBeCloseTo((1.5 + 0.5 + 1) * 2);
    // 1 RCU of middleware reads per request, + 1 strong draft read per submit and approve
    expect(p.throughput.tableRru).toBeCloseTo(13 * 1 + 1.5 + 1);
    expect(p.warm).toMatchObject({ tableWrite: 4000, tableRead: 12000, needed: false, configuredEnough: true });
  });

  it('computes the shards the national totals item needs and flags a configuration below it', () => {
    // Every approval lands on the national totals item: 1/s x 2 x 4 WCU = 8 WCU/s, one shard is plenty.
    expect(p.hotKeys).toMatchObject({ totalsItemWcu: 8, shardsNeeded: 1, shardsOk: true });
    const busy = plan({ ...small, orgs: 200_000, groups: 200_000, totalsKb: 10, totalsShards: 2 }, US_EAST_1_PRICES);
    // 200/s approvals x 2 x 10 WCU = 4,000 WCU/s; at 50 % of 1,000 per shard: 8 shards
    expect(busy.hotKeys).toMatchObject({ totalsItemWcu: 4000, shardsNeeded: 8, shardsConfigured: 2, shardsOk: false });
    expect(busy.warnings).toContain('totals need 8 shards per region (each on its own partition key); 2 configured');
    expect(plan({ ...small, orgs: 200_000, groups: 200_000, totalsKb: 10, totalsShards: 8 }, US_EAST_1_PRICES).hotKeys.shardsOk).toBe(true);
  });

  it('sizes Lambda concurrency as peak requests x duration, with headroom, and flags a low configuration', () => {
    expect(p.lambda.peakConcurrency).toBeCloseTo(13 * 0.2);
    expect(p.lambda.provisionedNeeded).toBe(4); // ceil(2.6 x 1.5)
    expect(p.lambda.provisionedOk).toBe(true);
    expect(p.lambda.provisionedHours).toBe(10 * 24 + 24);
    const low = plan({ ...small, configuredConcurrency: 3 }, US_EAST_1_PRICES);
    expect(low.lambda.provisionedOk).toBe(false);
    expect(low.warnings).toContain('provisioned concurrency 3 is below the 4 the peak needs (infra/seasons.ts)');
  });

  it('prices the season from the stated unit prices', () => {
    const requests = 10_000 + 1_500 + 500 + 1_000;
    expect(p.cost.lambdaRequests).toBeCloseTo((requests / 1e6) * 0.2, 8);
    expect(p.cost.lambdaDuration).toBeCloseTo(requests * 0.2 * 2 * 0.0000133334, 8);
    expect(p.cost.provisionedConcurrency).toBeCloseTo(5 * 2 * 264 * 3600 * 0.0000033334, 6);
    expect(p.cost.httpApi).toBeCloseTo(requests / 1e6, 8);
    const writeUnits = 10_000 * 3 + 1_500 * (10 + 2) + 500 * (4 + 2) + 1_000 * (20 + 2);
    expect(p.cost.dynamoWrites).toBeCloseTo((writeUnits / 1e6) * 0.625, 8);
    expect(p.cost.warmThroughput).toBe(0);
    const warmed = plan({ ...small, warmTableWrite: 8_000, warmTableRead: 12_000 }, US_EAST_1_PRICES);
    expect(warmed.cost.warmThroughput).toBeCloseTo(4_000 * 0.00065, 8);
    const parts = Object.entries(p.cost).filter(([k]) => k !== 'season' && k !== 'perMonth').map(([, v]) => v);
    expect(p.cost.season).toBeCloseTo(parts.reduce((a, b) => a + b, 0), 8);
    expect(p.cost.perMonth).toBeCloseTo(p.cost.season / (10 / (365 / 12)), 8);
  });

  it('scales writes and request costs linearly with the number of orgs', () => {
    const twice = plan({ ...small, orgs: 2000, groups: 2000 }, US_EAST_1_PRICES);
    expect(twice.peak.writesPerSecond.total).toBeCloseTo(2 * p.peak.writesPerSecond.total);
    expect(twice.throughput.tableWcu).toBeCloseTo(2 * p.throughput.tableWcu);
    expect(twice.cost.dynamoWrites).toBeCloseTo(2 * p.cost.dynamoWrites, 8);
    expect(twice.cost.provisionedConcurrency).toBe(p.cost.provisionedConcurrency);
  });

  it('asks for pre-warming when the peak exceeds the on-demand default, and flags a low configuration', () => {
    const big = plan({ ...small, orgs: 200_000, groups: 200_000 }, US_EAST_1_PRICES);
    expect(big.throughput.tableWcu).toBeGreaterThan(4000);
    expect(big.warm).toMatchObject({ tableWrite: Math.ceil(big.throughput.tableWcu), needed: true, configuredEnough: false });
    expect(big.warnings.some((w) => w.startsWith('configured warm throughput is below the peak'))).toBe(true);
    const warmed = plan({ ...small, orgs: 200_000, groups: 200_000, warmTableWrite: big.warm.tableWrite }, US_EAST_1_PRICES);
    expect(warmed.warm.configuredEnough).toBe(true);
  });
});

describe('capacity planner: the command line', () => {
  it('takes deployed numbers from the first season of infra/seasons.ts, and flags over the defaults', () => {
    const { assumptions, prices, json } = parseCommandLine(['--orgs', '30000', '--saves-per-report', '40', '--price-ddb-per-million-writes', '1.25']);
    const season = SEASONS.seasons[0]!;
    expect(assumptions).toMatchObject({
      orgs: 30000, groups: 30000, savesPerReport: 40, returnRate: DEFAULT_ASSUMPTIONS.returnRate,
      configuredConcurrency: season.provisionedConcurrency, leadHours: season.leadHours, coolDownHours: season.coolDownHours,
    });
    expect(prices).toEqual({ ...US_EAST_1_PRICES, ddbPerMillionWrites: 1.25 });
    expect(json).toBe(false);
  });

  it('reads window length, concurrency and warm throughput of a named season', () => {
    const config: SeasonsConfig = {
      capabilities: ['reporting'], aliasName: 'live',
      seasons: [
        { name: 'a', opens: '2027-04-01', closes: '2027-07-15', timeZone: 'Asia/Shanghai', provisionedConcurrency: 20, leadHours: 1, coolDownHours: 2 },
        {
          name: 'b', opens: '2027-10-20', closes: '2027-12-30', timeZone: 'Asia/Shanghai', provisionedConcurrency: 35, leadHours: 6, coolDownHours: 24,
          warmThroughput: { table: { read: 15_000, write: 9_000 }, indexes: { gsi1: { read: 13_000, write: 5_000 } } },
        },
      ],
    };
    expect(parseCommandLine(['--orgs', '10', '--json'], config)).toMatchObject({ json: true, assumptions: { windowDays: 106, configuredConcurrency: 20 } });
    expect(parseCommandLine(['--orgs', '10', '--season', 'b'], config).assumptions).toMatchObject({
      windowDays: 72, configuredConcurrency: 35, leadHours: 6, coolDownHours: 24,
      warmTableWrite: 9_000, warmTableRead: 15_000, warmIndexWrite: 5_000, warmIndexRead: 13_000,
    });
    expect(() => parseCommandLine(['--orgs', '10', '--season', 'c'], config)).toThrow('No season c in infra/seasons.ts');
  });

  it('refuses a missing or malformed number and unknown flags', () => {
    expect(() => parseCommandLine([])).toThrow('--orgs <organizations> is required');
    expect(() => parseCommandLine(['--orgs', '1.5'])).toThrow('--orgs <organizations> is required');
    expect(() => parseCommandLine(['--orgs', '10', '--groups', '11'])).toThrow('--groups (reporting organizations) must be a whole number no larger than --orgs 10');
    expect(() => parseCommandLine(['--orgs', '10', '--peak-share=-1'])).toThrow('--peak-share must be a non-negative number, got "-1"');
    expect(() => parseCommandLine(['--orgs', '10', '--burst', 'lots'])).toThrow('--burst must be a non-negative number');
    expect(() => parseCommandLine(['--orgs', '10', '--reports', '5'])).toThrow(/Unknown option '--reports'/);
  });

  it('prints every assumption and price next to the results', () => {
    const { assumptions, prices, source } = parseCommandLine(['--orgs', '30000', '--totals-shards', '1', '--totals-kb', '400']);
    const text = renderPlan(plan(assumptions, prices), assumptions, prices, source);
    for (const key of Object.keys(ASSUMPTION_NOTES)) expect(text).toContain(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    expect(text).toContain('--price-ddb-per-million-writes');
    expect(text).toContain('us-east-1');
    for (const title of ['Peak writes per second', 'DynamoDB throughput', 'Hot keys', 'Lambda', 'Cost of the season']) expect(text).toContain(title);
    expect(text).toMatch(/totals shards configured\s+\| 1\s+\| TOO LOW/);
    expect(text).toContain('WARNINGS');
  });
});

describe('capacity planner: orgs and groups', () => {
  it('counts reports by reporting groups and dashboard views by all orgs', () => {
    const { assumptions } = parseCommandLine(['--orgs', '30000', '--groups', '2000', '--dashboard-views-per-org', '10']);
    expect(assumptions).toMatchObject({ orgs: 30000, groups: 2000 });
    const ops = plan(assumptions, US_EAST_1_PRICES).operations;
    expect(ops.find((o) => o.name === 'save')!.count).toBe(2000 * assumptions.savesPerReport);
    expect(ops.find((o) => o.name === 'approve')!.count).toBe(2000);
    expect(ops.find((o) => o.name === 'dashboard')!.count).toBe(300_000);
  });
});
