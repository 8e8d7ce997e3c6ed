import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { isWindowOpen } from '@trellis/shared/reporting/rounds';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportView } from '@trellis/shared/reporting/report-view';
import { transition, type ReportAction, type ReportState } from '@trellis/shared/reporting/states';
import { validateReport } from '@trellis/shared/reporting/validate';
import { getReport, moveReportItem } from '../adapters/dynamodb/report/report-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { AccessDenied, Conflict, NotFound, ValidationError } from '../errors';
import { trailEntry, type Acting } from './acting';
import { notifyReturned } from './notify-return';
import { tellReportDecision } from './tell-decision';
import { toReportView } from './report-view';
import { requireOpenRound } from './round-cache';
import { counterItems } from './transition-items';

export interface TransitionRequest {
  orgId: string;
  roundId: string;
  reason: string;
  /** When given, the report must still be at this version (the reviewer saw this data). */
  expectedVersion?: number;
}

async function load(orgId: string, roundId: string, expectedVersion?: number): Promise<ReportRecord> {
  const r = await getReport(orgId, roundId);
  if (!r) throw new NotFound('report.not_found');
  if (expectedVersion !== undefined && r.version !== expectedVersion) throw new Conflict('report.version_conflict');
  return r;
}

const OUTER_ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `act`, again from a fresh read when its transaction kept meeting other transactions on the
 * shared region counters (TransactionConflict after transact's own retries): the report's own
 * condition still decides, so a retry either commits or answers 409.
 */
export async function act(acting: Acting, action: Exclude<ReportAction, 'save'>, req: TransitionRequest, now = new Date()): Promise<ReportView> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await actOnce(acting, action, req, now);
    } catch (error) {
      const conflicted = error instanceof TransactionCanceledException && !(error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
      if (!conflicted || attempt >= OUTER_ATTEMPTS) throw error;
      await sleep(50 * attempt + Math.random() * 100);
    }
  }
}

/**
 * Runs one action on a report: the pure state machine decides, then one transaction moves
 * the report (conditioned on the state and version it was read in) and updates the region
 * counters. Of concurrent submit / return / approve, exactly one commits; the others get 409.
 */
async function actOnce(acting: Acting, action: Exclude<ReportAction, 'save'>, req: TransitionRequest, now: Date): Promise<ReportView> {
  const round = await requireOpenRound(req.roundId);
  const r = await load(req.orgId, req.roundId, req.expectedVersion);
  const decided = transition(r.state, action, {
    actorDepth: acting.depth, orgDepth: r.orgPath.split('/').filter(Boolean).length, approvedAtDepth: r.approvedAtDepth ?? null,
    windowOpen: isWindowOpen(round, now), lockException: r.lockException === true, reason: req.reason,
  });
  if (!decided.ok) {
    if (decided.kind === 'denied') throw new AccessDenied();
    if (decided.kind === 'invalid') throw new ValidationError({ reason: [decided.code] });
    throw new Conflict(decided.code);
  }
  if (action === 'submit') {
    const form = FORMS[r.formId];
    const checked = form ? validateReport(form, r.data ?? {}) : null;
    if (checked && !checked.ok) throw new ValidationError(Object.fromEntries(Object.entries(checked.fields).map(([k, v]) => [`data.${k}`, v])));
  }
  const at = now.toISOString();
  const to: ReportState = decided.to;
  const entry = trailEntry(acting, action, r.state, to, req.reason, at);
  const set: Record<string, unknown> = {};
  if (action === 'submit') set.submittedAt = at;
  if (action === 'approve') set.approvedAtDepth = acting.depth;
  if (action === 'unapprove') set.approvedAtDepth = null;
  await transact([
    { ...moveReportItem(r, to, entry, set), onConditionFailed: () => new Conflict('report.state_changed') },
    ...counterItems(r, to),
  ]);
  const moved: ReportRecord = { ...r, ...set, state: to, version: r.version + 1, trail: [...(r.trail ?? []), entry], updatedAt: at } as ReportRecord;
  if (to === 'returned') await notifyReturned(moved, req.reason, at);
  await tellReportDecision(moved, acting, req.reason, at);
  return toReportView(moved);
}

/** The national admin lets one org save and submit after the window closed (recorded on the trail). */
export async function reopen(acting: Acting, req: TransitionRequest, now = new Date()): Promise<ReportView> {
  if (acting.depth !== 1) throw new AccessDenied();
  if (!req.reason.trim()) throw new ValidationError({ reason: ['reason.required'] });
  await requireOpenRound(req.roundId);
  const r = await load(req.orgId, req.roundId, req.expectedVersion);
  if (r.lockException) throw new Conflict('report.already_reopened');
  const at = now.toISOString();
  const entry = trailEntry(acting, 'reopen', r.state, r.state, req.reason, at);
  await transact([{ ...moveReportItem(r, r.state, entry, { lockException: true }), onConditionFailed: () => new Conflict('report.state_changed') }]);
  return toReportView({ ...r, lockException: true, version: r.version + 1, trail: [...(r.trail ?? []), entry], updatedAt: at });
}
