import { renderSms } from '@trellis/shared/notify/sms-templates';
import type { Org } from '@trellis/shared/orgs/org';
import type { RemindResult } from '@trellis/shared/reporting/remind-result';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import { outboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { putIfAbsent } from '../adapters/dynamodb/table/put-if-absent';
import { getReminderRun, markReminderRunStarted, recordReminderRunResult } from '../adapters/dynamodb/report/reminder-run-store';
import { listPendingReports } from '../adapters/dynamodb/report/report-store';
import { boundedMap } from './bounded-map';
import { smsReachableAdmins } from './notify-return';
import { requireOpenRound } from './round-cache';

/** Pending orgs whose admins are looked up at once (two requests each). */
const ORGS_IN_FLIGHT = 12;

async function allPending(roundId: string, path: string): Promise<ReportRecord[]> {
  const out: ReportRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPendingReports(roundId, path, cursor, 500);
    out.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * "Remind everyone who has not submitted": one SMS per reachable admin of each pending org in
 * the region, through the outbox. Only a finished run (a marker WITH its result) answers a
 * repeated request id; a marker without a result is a run that died (e.g. a Lambda timeout)
 * and is redone. That is safe: each outbox item's id is fixed by round, request and admin and
 * is written only if absent, org by org as the run goes, so nobody gets the SMS twice.
 */
export async function remindPending(region: Org, roundId: string, requestId: string, now = new Date()): Promise<RemindResult> {
  const round = await requireOpenRound(roundId);
  const earlier = await getReminderRun(roundId, region.id, requestId);
  if (earlier?.result) return earlier.result;
  if (!earlier) await markReminderRunStarted(roundId, region.id, requestId, now.toISOString());
  const pending = await allPending(roundId, region.path);
  const text = renderSms('report.reminder', { year: String(round.year), closesOn: round.closesOn });
  const perOrg = await boundedMap(pending, ORGS_IN_FLIGHT, async (r) => {
    const admins = await smsReachableAdmins(r.orgId);
    await Promise.all(admins.map((a) => putIfAbsent(outboxItem({
      id: `rrem-${roundId}-${requestId}-${a.id}`, to: a.phone, orgId: region.id, template: 'report.reminder', text, createdAt: now.toISOString(),
    }))));
    return admins.length;
  });
  const result = { pending: pending.length, sent: perOrg.reduce((a, b) => a + b, 0), withoutPhone: perOrg.filter((n) => n === 0).length };
  await recordReminderRunResult(roundId, region.id, requestId, now.toISOString(), result);
  return result;
}
