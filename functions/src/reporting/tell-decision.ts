import type { SystemEvent } from '@trellis/shared/inbox/system-message';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportState } from '@trellis/shared/reporting/states';
import { tellAdmins } from '../inbox/tell';
import type { Acting } from './acting';

const EVENTS: Partial<Record<ReportState, SystemEvent>> = { returned: 'report.returned', approved: 'report.approved', accepted: 'report.accepted' };

/**
 * A report returned (also by unapproving), approved or accepted lands in the reporting org's
 * admins' inboxes as a system message linking to the report (besides the SMS of a return).
 */
export async function tellReportDecision(moved: ReportRecord, acting: Acting, reason: string, at: string): Promise<void> {
  const event = EVENTS[moved.state];
  if (!event) return;
  await tellAdmins(moved.orgId, {
    event, at, fromName: acting.name, key: `rpt-${moved.roundId}-${moved.orgId}-v${moved.version}`,
    vars: { year: String(moved.year), org: moved.orgName, reason: reason.slice(0, 200) },
    link: `/w/reports/${moved.roundId}/org/${moved.orgId}`,
  });
}
