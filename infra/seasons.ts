import type { SeasonsConfig } from './lib/season-config';

/**
 * The statistics reporting windows the deployed stack prepares for (issue 5, MISSION.md §8:
 * every year 1 April - 15 July, Beijing time). Edit this file before a season, run
 * `npm run capacity -- --orgs <n>` for the numbers, then `npx cdk diff` and deploy: the README's
 * "Reporting season runbook" walks through it. Checked at synth (lib/season-config.ts).
 *
 * - provisioned concurrency is scheduled on the `live` alias of each capability function
 *   listed in `capabilities`: raised `leadHours` before the open, lowered to 0
 *   `coolDownHours` after the close (Application Auto Scaling scheduled actions);
 * - warm throughput is not scheduled: the table and its GSIs get the maximum over all seasons
 *   and `warmThroughputFloor` (DynamoDB cannot lower it, so keep the floor when removing a
 *   past season).
 *
 * Sizing (`npm run capacity -- --orgs 30000`, default assumptions): the peak needs about 17
 * provisioned environments and 1,900 table WCU/s, within DynamoDB's free on-demand warm
 * throughput (4,000 W / 12,000 R). 20 environments cover 30,000 reporting orgs; the table's
 * 8,000 warm write units cover the planner's peak up to about 120,000 (7,500 WCU/s). GSI
 * warm throughput is stated at the default so raising it is a one-line change.
 */
export const SEASONS: SeasonsConfig = {
  capabilities: ['reporting'],
  aliasName: 'live',
  seasons: [
    {
      name: 'annual-2027',
      opens: '2027-04-01',
      closes: '2027-07-15',
      timeZone: 'Asia/Shanghai',
      provisionedConcurrency: 20,
      leadHours: 12,
      coolDownHours: 72,
      warmThroughput: {
        table: { read: 12_000, write: 8_000 },
        indexes: { gsi1: { read: 12_000, write: 4_000 }, gsi2: { read: 12_000, write: 4_000 } },
      },
    },
    {
      name: 'annual-2028',
      opens: '2028-04-01',
      closes: '2028-07-15',
      timeZone: 'Asia/Shanghai',
      provisionedConcurrency: 20,
      leadHours: 12,
      coolDownHours: 72,
    },
  ],
};
