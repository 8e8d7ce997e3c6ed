import { z } from 'zod';

/**
 * Report states and the one set of transition rules (pure). Levels are org depths on the
 * materialized path: 1 national, 2 province, 3 city and below.
 *
 * draft -save/submit-> submitted (locked) -return(reason)-> returned -save/resubmit-> resubmitted
 * submitted|resubmitted -approve(province or national)-> approved -accept(national)-> accepted
 * approved|accepted -unapprove(reason; the approving level or above)-> returned
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['save', 'submit', 'return', 'approve', 'unapprove', 'accept'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const NATIONAL_DEPTH = 1;
export const PROVINCE_DEPTH = 2;

export interface TransitionContext {
  /** Depth of the shallowest org where the actor may act on this report (its own org or an ancestor). */
  actorDepth: number;
  /** Depth of the reporting org. */
  orgDepth: number;
  /** Depth of the level that approved it (for unapprove), null if never approved. */
  approvedAtDepth: number | null;
  /** Today is inside the round's window. */
  windowOpen: boolean;
  /** The national admin reopened this org's report after the window (a recorded lock exception). */
  lockException: boolean;
  reason: string;
}

export type TransitionResult = { ok: true; to: ReportState } | { ok: false; code: string; kind: 'conflict' | 'denied' | 'invalid' };

const EDITABLE: readonly ReportState[] = ['draft', 'returned'];
export const isEditable = (s: ReportState): boolean => EDITABLE.includes(s);
/** States that count as "submitted" on dashboards (sent up and not sent back). */
export const SUBMITTED_STATES: readonly ReportState[] = ['submitted', 'resubmitted', 'approved', 'accepted'];
export const APPROVED_STATES: readonly ReportState[] = ['approved', 'accepted'];

const conflict = (code: string): TransitionResult => ({ ok: false, code, kind: 'conflict' });
const denied = (): TransitionResult => ({ ok: false, code: 'access.denied', kind: 'denied' });

export function transition(from: ReportState, action: ReportAction, ctx: TransitionContext): TransitionResult {
  const superior = ctx.actorDepth < ctx.orgDepth;
  const canWrite = ctx.windowOpen || ctx.lockException;
  switch (action) {
    case 'save':
    case 'submit': {
      if (!isEditable(from)) return conflict('report.locked');
      if (!canWrite) return conflict('report.window_closed');
      if (action === 'save') return { ok: true, to: from };
      return { ok: true, to: from === 'returned' ? 'resubmitted' : 'submitted' };
    }
    case 'return': {
      if (!superior) return denied();
      if (!ctx.reason.trim()) return { ok: false, code: 'reason.required', kind: 'invalid' };
      if (from !== 'submitted' && from !== 'resubmitted') return conflict('report.not_submitted');
      return { ok: true, to: 'returned' };
    }
    case 'approve': {
      if (!superior || ctx.actorDepth > PROVINCE_DEPTH) return denied();
      if (from !== 'submitted' && from !== 'resubmitted') return conflict('report.not_submitted');
      return { ok: true, to: 'approved' };
    }
    case 'accept': {
      if (!superior || ctx.actorDepth !== NATIONAL_DEPTH) return denied();
      if (from !== 'approved') return conflict('report.not_approved');
      return { ok: true, to: 'accepted' };
    }
    case 'unapprove': {
      if (!superior) return denied();
      if (!ctx.reason.trim()) return { ok: false, code: 'reason.required', kind: 'invalid' };
      if (from !== 'approved' && from !== 'accepted') return conflict('report.not_approved');
      const approvedAt = from === 'accepted' ? NATIONAL_DEPTH : (ctx.approvedAtDepth ?? PROVINCE_DEPTH);
      if (ctx.actorDepth > approvedAt) return denied();
      return { ok: true, to: 'returned' };
    }
  }
}

/** What a trail entry records: a state-machine action or one of the steps around it. */
export const TRAIL_ACTIONS = [...REPORT_ACTIONS, 'reopen', 'open', 'attach'] as const;

/** A recorded step of a report's history: who, when, what and why. */
export const trailEntrySchema = z.object({
  at: z.iso.datetime(),
  /** The acting account's id. */
  by: z.string(),
  byName: z.string(),
  /** Depth of the org the actor acted for (1 national, 2 province, ...). */
  atDepth: z.number().int(),
  action: z.enum(TRAIL_ACTIONS),
  from: z.enum(REPORT_STATES).nullable(),
  to: z.enum(REPORT_STATES),
  reason: z.string().nullable(),
});
export type TrailEntry = z.infer<typeof trailEntrySchema>;
