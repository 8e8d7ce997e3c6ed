import { fail, redirect } from '@sveltejs/kit';
import { api } from './api';
import { text } from './form-fields';

export const REVIEW_OPS = ['return', 'approve', 'unapprove', 'accept', 'reopen'] as const;
export type ReviewOp = (typeof REVIEW_OPS)[number];
const NEEDS_REASON: readonly ReviewOp[] = ['return', 'unapprove', 'reopen'];
const ROUTE = {
  return: 'reporting.return', approve: 'reporting.approve', unapprove: 'reporting.unapprove', accept: 'reporting.accept', reopen: 'reporting.reopen',
} as const;

export const needsReason = (op: ReviewOp): boolean => NEEDS_REASON.includes(op);

/**
 * A reviewer's decision in two steps: the first post checks the reason and asks for
 * confirmation, the confirmed one acts on the version the reviewer saw (a race is a 409).
 */
export async function review(orgId: string, roundId: string, posted: FormData, back: string) {
  const op = text(posted, 'op') as ReviewOp;
  if (!REVIEW_OPS.includes(op)) return fail(400, { form: 'review', item: op, error: 'request.failed' });
  const reason = text(posted, 'reason').trim();
  const values = { reason };
  if (needsReason(op) && !reason) return fail(400, { form: 'review', item: op, values, fields: { reason: ['reason.required'] }, error: 'validation.failed' });
  if (text(posted, 'confirmed') !== 'yes') return { confirmReview: { op, reason } };
  const expected = Number(text(posted, 'expectedVersion'));
  const res = await api(ROUTE[op], { params: { orgId, roundId }, body: { reason, ...(Number.isInteger(expected) ? { expectedVersion: expected } : {}) } });
  if (!res.ok) return fail(res.status, { form: 'review', item: op, values, fields: res.error.fields, error: res.error.code });
  redirect(303, `${back}?done=${op}`);
}
