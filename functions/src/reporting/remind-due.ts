import { chinaDay, isReminderTime, isRoundOpening, isWindowOpen, reminderDays } from '@trellis/shared/reporting/rounds';
import type { RemindResult } from '@trellis/shared/reporting/remind-result';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { listRounds } from '../adapters/dynamodb/report-round/report-round-store';
import { remindPending } from './remind';

/**
 * The automatic reminders of each open round on its reminder days (e.g. 7 days and 1 day
 * before close): SMS to the admins of every org in the round's scope that has not submitted.
 * The request id is the day, so running the job again that day sends nothing twice. The job
 * runs hourly but sends only from 09:00 Beijing time (its first run after that hour), never at night.
 */
export async function remindDue(now = new Date()): Promise<{ roundId: string; result: RemindResult }[]> {
  if (!isReminderTime(now)) return [];
  const today = chinaDay(now);
  const out: { roundId: string; result: RemindResult }[] = [];
  for (const round of await listRounds()) {
    if (isRoundOpening(round) || !isWindowOpen(round, now) || !reminderDays(round).includes(today)) continue;
    const scope = await getOrg(round.scopeOrgId);
    if (!scope) continue;
    out.push({ roundId: round.id, result: await remindPending(scope, round.id, `auto-${today}`, now) });
  }
  return out;
}
