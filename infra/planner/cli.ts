import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { SEASONS } from '../seasons';
import { parseLocalDate } from '../lib/season-clock';
import { warmThroughputFor, type SeasonsConfig } from '../lib/season-config';
import { DEFAULT_ASSUMPTIONS, US_EAST_1_PRICES, type Assumptions, type Prices } from './assumptions';
import { plan } from './plan';
import { renderPlan } from './render';

/**
 * `npm run capacity -- --orgs 30000 [--groups 2000 --saves-per-report 40 ...] [--season annual-2027] [--json]`:
 * the capacity plan for a reporting season. Defaults come from assumptions.ts and, for what
 * is deployed (provisioned concurrency, lead and cool-down hours, window length, warm
 * throughput), from the season in infra/seasons.ts (the first one unless --season).
 */

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The deployed season's numbers as planner defaults. */
export function seasonDefaults(config: SeasonsConfig, name?: string): Partial<Assumptions> {
  const season = name ? config.seasons.find((s) => s.name === name) : config.seasons[0];
  if (!season) throw new Error(name ? `No season ${name} in infra/seasons.ts` : 'infra/seasons.ts lists no season');
  const warm = warmThroughputFor(config);
  const indexes = Object.values(warm.indexes);
  return {
    windowDays: (parseLocalDate(season.closes)! - parseLocalDate(season.opens)!) / 86_400_000 + 1,
    leadHours: season.leadHours,
    coolDownHours: season.coolDownHours,
    configuredConcurrency: season.provisionedConcurrency,
    warmTableWrite: warm.table?.write ?? 0,
    warmTableRead: warm.table?.read ?? 0,
    warmIndexWrite: Math.max(0, ...indexes.map((t) => t.write)),
    warmIndexRead: Math.max(0, ...indexes.map((t) => t.read)),
  };
}

/** Parses the command line into assumptions and prices; throws with a usage message. */
export function parseCommandLine(argv: string[], config: SeasonsConfig = SEASONS) {
  const assumptionKeys = ['orgs', 'groups', ...Object.keys(DEFAULT_ASSUMPTIONS)] as (keyof Assumptions)[];
  const priceKeys = Object.keys(US_EAST_1_PRICES) as (keyof Prices)[];
  const options: ParseArgsOptionsConfig = Object.fromEntries([
    ...assumptionKeys.map((k) => [kebab(k), { type: 'string' as const }]),
    ...priceKeys.map((k) => [`price-${kebab(k)}`, { type: 'string' as const }]),
    ['season', { type: 'string' as const }],
    ['json', { type: 'boolean' as const }],
  ]);
  const values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  const number = (flag: string): number | undefined => {
    const raw = values[flag];
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value) || value < 0) {
      throw new Error(`--${flag} must be a non-negative number, got "${String(raw)}"`);
    }
    return value;
  };
  const orgs = number('orgs');
  if (!orgs || !Number.isInteger(orgs)) throw new Error('--orgs <organizations> is required (a whole number > 0)');
  const groups = number('groups') ?? orgs;
  if (!Number.isInteger(groups) || groups > orgs) throw new Error(`--groups (reporting organizations) must be a whole number no larger than --orgs ${orgs}`);
  const defaults = { ...DEFAULT_ASSUMPTIONS, ...seasonDefaults(config, values.season as string | undefined), orgs, groups };
  const assumptions = Object.fromEntries(
    assumptionKeys.map((k) => [k, number(kebab(k)) ?? defaults[k]]),
  ) as unknown as Assumptions;
  const prices = Object.fromEntries(priceKeys.map((k) => [k, number(`price-${kebab(k)}`) ?? US_EAST_1_PRICES[k]])) as unknown as Prices;
  const source = `defaults and season ${String(values.season ?? config.seasons[0]?.name)} of infra/seasons.ts`;
  return { assumptions, prices, json: values.json === true, source };
}

function main(): void {
  try {
    const { assumptions, prices, json, source } = parseCommandLine(process.argv.slice(2));
    const result = plan(assumptions, prices);
    process.stdout.write(json ? `${JSON.stringify({ assumptions, prices, ...result }, null, 2)}\n` : renderPlan(result, assumptions, prices, source));
  } catch (error) {
    process.stderr.write(`capacity: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
