import { pathIds } from '@trellis/shared/orgs/path';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { APPROVED_STATES, type ReportState } from '@trellis/shared/reporting/states';
import { contribution } from '@trellis/shared/reporting/totals';
import { addToCounter } from '../adapters/dynamodb/report/report-counter-store';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { GuardedItem } from '../adapters/dynamodb/table/transact';

/**
 * The counter updates that go with moving a report from one state to another, for every
 * region on its path (the org itself included): its progress (one state down, one up) and,
 * when it enters or leaves the approved states, its totals (the report's contribution).
 */
export function counterItems(r: ReportRecord, to: ReportState): GuardedItem[] {
  const out: GuardedItem[] = [];
  const wasApproved = APPROVED_STATES.includes(r.state);
  const isApproved = APPROVED_STATES.includes(to);
  const form = FORMS[r.formId];
  const totals = form && wasApproved !== isApproved ? contribution(form, r.data ?? {}, isApproved ? 1 : -1) : null;
  for (const regionId of pathIds(r.orgPath)) {
    if (r.state !== to) {
      const p = addToCounter('progress', r.roundId, regionId, r.shard, { [`st_${r.state}`]: -1, [`st_${to}`]: 1 });
      if (p) out.push(p);
    }
    if (totals) {
      const t = addToCounter('totals', r.roundId, regionId, r.shard, totals);
      if (t) out.push(t);
    }
  }
  return out;
}
