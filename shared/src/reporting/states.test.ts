import { describe, expect, it } from 'vitest';
import { transition, type TransitionContext } from './states';

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  actorDepth: 3, orgDepth: 3, approvedAtDepth: null, windowOpen: true, lockException: false, reason: '', ...over,
});

describe('report state machine', () => {
  it('runs draft -> submitted -> returned -> resubmitted -> approved -> accepted', () => {
    expect(transition('draft', 'save', ctx())).toEqual({ ok: true, to: 'draft' });
    expect(transition('draft', 'submit', ctx())).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'return', ctx({ actorDepth: 2, reason: '数据有误' }))).toEqual({ ok: true, to: 'returned' });
    expect(transition('returned', 'save', ctx())).toEqual({ ok: true, to: 'returned' });
    expect(transition('returned', 'submit', ctx())).toEqual({ ok: true, to: 'resubmitted' });
    expect(transition('resubmitted', 'approve', ctx({ actorDepth: 2 }))).toEqual({ ok: true, to: 'approved' });
    expect(transition('approved', 'accept', ctx({ actorDepth: 1 }))).toEqual({ ok: true, to: 'accepted' });
  });

  it('locks submitted and approved reports', () => {
    for (const s of ['submitted', 'resubmitted', 'approved', 'accepted'] as const) {
      expect(transition(s, 'save', ctx())).toMatchObject({ ok: false, code: 'report.locked', kind: 'conflict' });
      expect(transition(s, 'submit', ctx())).toMatchObject({ ok: false, code: 'report.locked' });
    }
  });

  it('requires a reason to return or unapprove', () => {
    expect(transition('submitted', 'return', ctx({ actorDepth: 2, reason: '  ' }))).toMatchObject({ ok: false, code: 'reason.required', kind: 'invalid' });
    expect(transition('approved', 'unapprove', ctx({ actorDepth: 2, approvedAtDepth: 2 }))).toMatchObject({ ok: false, code: 'reason.required' });
  });

  it('lets only superiors review, provinces and above approve, the nation accept', () => {
    expect(transition('submitted', 'return', ctx({ reason: 'x' }))).toMatchObject({ ok: false, kind: 'denied' });
    expect(transition('submitted', 'approve', ctx({ actorDepth: 3, orgDepth: 4 }))).toMatchObject({ ok: false, kind: 'denied' });
    expect(transition('submitted', 'approve', ctx({ actorDepth: 1 }))).toEqual({ ok: true, to: 'approved' });
    expect(transition('approved', 'accept', ctx({ actorDepth: 2 }))).toMatchObject({ ok: false, kind: 'denied' });
    expect(transition('draft', 'approve', ctx({ actorDepth: 2 }))).toMatchObject({ ok: false, code: 'report.not_submitted' });
  });

  it('unapproves only at the approving level or above', () => {
    const approvedByNation = ctx({ approvedAtDepth: 1, reason: '复核' });
    expect(transition('approved', 'unapprove', { ...approvedByNation, actorDepth: 2 })).toMatchObject({ ok: false, kind: 'denied' });
    expect(transition('approved', 'unapprove', { ...approvedByNation, actorDepth: 1 })).toEqual({ ok: true, to: 'returned' });
    expect(transition('approved', 'unapprove', ctx({ approvedAtDepth: 2, actorDepth: 2, reason: 'x' }))).toEqual({ ok: true, to: 'returned' });
    expect(transition('accepted', 'unapprove', ctx({ approvedAtDepth: 2, actorDepth: 2, reason: 'x' }))).toMatchObject({ ok: false, kind: 'denied' });
  });

  it('stops submissions after the window closes unless the org was reopened', () => {
    expect(transition('draft', 'submit', ctx({ windowOpen: false }))).toMatchObject({ ok: false, code: 'report.window_closed' });
    expect(transition('returned', 'submit', ctx({ windowOpen: false, lockException: true }))).toEqual({ ok: true, to: 'resubmitted' });
    expect(transition('submitted', 'return', ctx({ actorDepth: 2, windowOpen: false, reason: 'x' }))).toEqual({ ok: true, to: 'returned' });
  });
});
