import { chinaDay } from '@trellis/shared/reporting/rounds';
import { getOrg } from '../functions/src/adapters/dynamodb/org/org-store';
import type { Acting } from '../functions/src/reporting/acting';
import { openRound } from '../functions/src/reporting/open-round';
import { saveReport } from '../functions/src/reporting/save-report';
import { act } from '../functions/src/reporting/transitions';
import { demoGroupReport } from './demo-reports';

const acting = (name: string, depth: number): Acting => ({ actor: { accountId: 'seed', accountStatus: 'active', grants: [] }, name, depth });
const day = (now: Date, days: number) => chinaDay(new Date(now.getTime() + days * 86_400_000));

/**
 * The demo reporting round: last year's data, a window open from a month ago to ten weeks
 * from now, every group under the national society expected. Guangdong's group has filed
 * and been approved (so totals show), Jinan's has submitted, Shandong logistics is a draft.
 */
export async function seedReportingDemo(now = new Date()): Promise<string> {
  const root = await getOrg('cvea');
  if (!root) throw new Error('demo tree missing');
  const year = Number(chinaDay(now).slice(0, 4)) - 1;
  const { round } = await openRound(acting('张国华', 1), root, {
    orgId: 'cvea', formId: 'group-annual', year, opensOn: day(now, -30), closesOn: day(now, 75),
    remindDaysBeforeClose: [7, 1], orgTypes: ['group'],
  }, now);
  const gd = await saveReport('gd-jtjt', round.id, 0, demoGroupReport(7, '广东交通职业教育集团'), now);
  await act(acting('郑敏', 2), 'submit', { orgId: 'gd-jtjt', roundId: round.id, reason: '', expectedVersion: gd.version }, now);
  await act(acting('陈志强', 2), 'approve', { orgId: 'gd-jtjt', roundId: round.id, reason: '' }, now);
  await saveReport('sd-jn-qcjt', round.id, 0, demoGroupReport(12, '济南汽车职业教育集团'), now);
  await act(acting('吴刚', 3), 'submit', { orgId: 'sd-jn-qcjt', roundId: round.id, reason: '' }, now);
  return round.id;
}
