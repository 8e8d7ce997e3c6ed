import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs } from './api-client';
import { fillAndSubmit, getReport, openRound, review, sample, save, totals } from './reporting-fixture';

describe('reporting: the group annual form through its states', () => {
  it('draft -> submitted -> returned -> resubmitted -> approved -> accepted, each by its level, with a trail', async () => {
    const round = await openRound(2031);
    const [group, province, nation, city, foreign] = await Promise.all([loginAs('wljt.admin'), loginAs('sd.admin'), loginAs('admin'), loginAs('jn.admin'), loginAs('gd.admin')]);
    const draft = await save(group, 'sd-wljt', round.id, { groupName: '山东省现代物流职业教育集团', graduates: 500 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, editable: true });
    expect(draft.body.issues.length).toBeGreaterThan(10);
    const early = await call('reporting.submit', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: {} });
    expect(early.status).toBe(400);
    expect(early.body.error.fields['data.enrolment']).toEqual(['report.required']);

    const data = sample(1, '山东省现代物流职业教育集团');
    expect((await fillAndSubmit(group, 'sd-wljt', round.id, data)).state).toBe('submitted');
    const locked = await save(group, 'sd-wljt', round.id, { ...data, graduates: 1 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('report.locked');

    expect((await review('reporting.approve', group, 'sd-wljt', round.id)).status).toBe(403);
    expect((await review('reporting.return', city, 'sd-wljt', round.id, 'x')).status).toBe(403);
    expect((await call('reporting.get', { params: { orgId: 'sd-wljt', roundId: round.id }, token: foreign })).status).toBe(403);
    const noReason = await review('reporting.return', province, 'sd-wljt', round.id);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual({ reason: ['reason.required'] });
    expect((await getReport(group, 'sd-wljt', round.id)).state).toBe('submitted');

    const back = await review('reporting.return', province, 'sd-wljt', round.id, '毕业生数与就业人数需核实');
    expect(back.body.state).toBe('returned');
    const account = (await call('auth.me', { token: group })).body.account.id as string;
    const sms = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(`rpt-${round.id}-sd-wljt-v${back.body.version}-${account}`) }));
    expect(sms.Item?.text).toContain('毕业生数与就业人数需核实');
    // The return also lands in the group admin's inbox, as a system message linking to the report.
    const inbox = (await call('inbox.list', { token: group })).body as { unread: number; items: { noticeId: string; kind?: string; event?: string; link?: string; vars?: Record<string, string>; readAt: string | null }[] };
    const told = inbox.items.find((i) => i.kind === 'system' && i.event === 'report.returned' && i.link === `/w/reports/${round.id}/org/sd-wljt`);
    expect(told?.vars?.reason).toBe('毕业生数与就业人数需核实');
    expect(told?.readAt).toBeNull();
    const opened = await call('inbox.get', { params: { noticeId: told!.noticeId }, token: group });
    expect(opened.body).toMatchObject({ kind: 'system', link: told!.link, bodyHtml: '' });
    expect((await call('inbox.get', { params: { noticeId: told!.noticeId }, token: province })).status).toBe(403);
    expect((await call('inbox.read', { params: { noticeId: told!.noticeId }, token: group })).body.readAt).not.toBeNull();
    expect((await call('inbox.list', { token: group })).body.unread).toBe(inbox.unread - 1);

    const fixed = await save(group, 'sd-wljt', round.id, { ...data, graduates: 999 });
    expect(fixed.status).toBe(200);
    const again = await call('reporting.submit', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: {} });
    expect(again.body.state).toBe('resubmitted');
    expect((await totals(province, 'sd', round.id)).reports).toBe(0);
    expect((await review('reporting.approve', province, 'sd-wljt', round.id)).body.state).toBe('approved');
    const approvedNote = (await call('inbox.list', { token: group })).body.items as { event?: string; link?: string }[];
    expect(approvedNote.filter((i) => i.event === 'report.approved' && i.link === `/w/reports/${round.id}/org/sd-wljt`)).toHaveLength(1);
    const t = await totals(province, 'sd', round.id);
    expect(t).toMatchObject({ reports: 1, members: (data.members as unknown[]).length });
    expect(t.sums.graduates).toBe(999);
    expect(t.sums.enterpriseAssets).toBe(data.enterpriseAssets);
    expect(t.industrySections.C).toBe(1);

    expect((await review('reporting.accept', province, 'sd-wljt', round.id)).status).toBe(403);
    expect((await review('reporting.accept', nation, 'sd-wljt', round.id)).body.state).toBe('accepted');
    expect((await review('reporting.unapprove', province, 'sd-wljt', round.id, '复核')).status).toBe(403);
    expect((await review('reporting.unapprove', nation, 'sd-wljt', round.id)).status).toBe(400);
    expect((await review('reporting.unapprove', nation, 'sd-wljt', round.id, '数据需复核')).body.state).toBe('returned');
    expect((await totals(nation, 'cvea', round.id)).reports).toBe(0);

    const final = await getReport(province, 'sd-wljt', round.id);
    expect(final.trail.map((e) => e.action)).toEqual(['open', 'submit', 'return', 'submit', 'approve', 'accept', 'unapprove']);
    expect(final.trail[2]).toMatchObject({ reason: '毕业生数与就业人数需核实', byName: '李明' });
    const history = await call('reporting.history', { params: { orgId: 'sd-wljt' }, token: group });
    expect(history.body.items.map((r: { roundId: string }) => r.roundId)).toContain(round.id);
  });

  it('a city may return its groups\' reports but only a province or the nation approves', async () => {
    const round = await openRound(2032, 'sd');
    const [qcjt, city, province] = await Promise.all([loginAs('qcjt.admin'), loginAs('jn.admin'), loginAs('sd.admin')]);
    const byProvince = await call('reporting.openRound', {
      params: { orgId: 'sd' }, token: province, body: { formId: 'group-annual', year: 2060, opensOn: '2060-04-01', closesOn: '2060-07-15' },
    });
    expect(byProvince.status).toBe(403);
    expect((await call('reporting.listRounds', { params: { orgId: 'sd' }, token: province })).body.items.map((r: { id: string }) => r.id)).not.toContain('group-annual-2060');
    await fillAndSubmit(qcjt, 'sd-jn-qcjt', round.id, sample(2, '济南汽车职业教育集团'));
    expect((await review('reporting.approve', city, 'sd-jn-qcjt', round.id)).status).toBe(403);
    expect((await review('reporting.return', city, 'sd-jn-qcjt', round.id, '请补充成员单位')).body.state).toBe('returned');
    await call('reporting.submit', { params: { orgId: 'sd-jn-qcjt', roundId: round.id }, token: qcjt, body: {} });
    expect((await review('reporting.approve', province, 'sd-jn-qcjt', round.id)).body.state).toBe('approved');
    expect((await review('reporting.unapprove', city, 'sd-jn-qcjt', round.id, 'x')).status).toBe(403);
    expect((await totals(city, 'sd-jn', round.id)).reports).toBe(1);
  });

  it('after the window closes, saving and submitting are refused until the nation reopens the org (recorded)', async () => {
    const round = await openRound(2033, 'sd-jn', { opensOn: '2020-04-01', closesOn: '2020-07-15' });
    const [qcjt, province, nation] = await Promise.all([loginAs('qcjt.admin'), loginAs('sd.admin'), loginAs('admin')]);
    const data = sample(3, '济南汽车职业教育集团');
    const refused = await save(qcjt, 'sd-jn-qcjt', round.id, data);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('report.window_closed');
    expect((await call('reporting.submit', { params: { orgId: 'sd-jn-qcjt', roundId: round.id }, token: qcjt, body: {} })).body.error.code).toBe('report.window_closed');
    expect((await review('reporting.reopen', province, 'sd-jn-qcjt', round.id, '补报')).status).toBe(403);
    expect((await review('reporting.reopen', nation, 'sd-jn-qcjt', round.id)).status).toBe(400);
    const reopened = await review('reporting.reopen', nation, 'sd-jn-qcjt', round.id, '因系统故障补报');
    expect(reopened.body).toMatchObject({ lockException: true, state: 'draft' });
    expect((await fillAndSubmit(qcjt, 'sd-jn-qcjt', round.id, data)).state).toBe('submitted');
    const trail = (await getReport(qcjt, 'sd-jn-qcjt', round.id)).trail;
    expect(trail.find((e) => e.action === 'reopen')).toMatchObject({ reason: '因系统故障补报', byName: '张国华' });
  });

  it('concurrent saves of one version: exactly one wins, the other gets 409; a repeated save is idempotent', async () => {
    const round = await openRound(2034, 'sd');
    const group = await loginAs('wljt.admin');
    const a = sample(4, '甲');
    const b = sample(5, '乙');
    const results = await Promise.all([save(group, 'sd-wljt', round.id, a, 0), save(group, 'sd-wljt', round.id, b, 0)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('report.version_conflict');
    const stored = await getReport(group, 'sd-wljt', round.id);
    expect(stored.version).toBe(1);
    expect(stored.data.groupName).toBe(winner?.body.data.groupName);
    const same = winner?.body.data.groupName === '甲' ? a : b;
    const retry = await save(group, 'sd-wljt', round.id, same, 0);
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(1);
    const bad = await save(group, 'sd-wljt', round.id, { graduates: 'many' }, 1);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['data.graduates']).toBeDefined();
    expect((await getReport(group, 'sd-wljt', round.id)).version).toBe(1);
  });

  it('progress per region with drill-down, the pending list, SMS reminders, and totals in one request', async () => {
    const round = await openRound(2035);
    const [nation, province, qcjt] = await Promise.all([loginAs('admin'), loginAs('sd.admin'), loginAs('qcjt.admin')]);
    await fillAndSubmit(qcjt, 'sd-jn-qcjt', round.id, sample(6, '济南汽车职业教育集团'));
    const top = await call('reporting.progress', { params: { orgId: 'cvea', roundId: round.id }, token: nation });
    expect(top.body.region.progress.expected).toBe(round.expected);
    expect(top.body.region.progress.submitted).toBe(1);
    const sd = await call('reporting.progress', { params: { orgId: 'sd', roundId: round.id }, token: province });
    const jn = sd.body.children.find((c: { orgId: string }) => c.orgId === 'sd-jn');
    expect(jn.progress).toMatchObject({ expected: 1, submitted: 1, notSubmitted: 0 });
    expect(sd.body.children.find((c: { orgId: string }) => c.orgId === 'sd-wljt').progress).toMatchObject({ expected: 1, notSubmitted: 1 });
    const pending = await call('reporting.pending', { params: { orgId: 'sd', roundId: round.id }, token: province });
    const ids = pending.body.items.map((r: { orgId: string }) => r.orgId);
    expect(ids).toContain('sd-wljt');
    expect(ids).not.toContain('sd-jn-qcjt');
    const requestId = `remind-${round.id}`;
    const reminded = await call('reporting.remind', { params: { orgId: 'sd', roundId: round.id }, token: province, body: { requestId } });
    expect(reminded.body.sent).toBeGreaterThanOrEqual(1);
    expect((await call('reporting.remind', { params: { orgId: 'sd', roundId: round.id }, token: province, body: { requestId } })).body).toEqual(reminded.body);
    await review('reporting.approve', province, 'sd-jn-qcjt', round.id);
    await call('reporting.totals', { params: { orgId: 'sd', roundId: round.id }, token: province });
    resetMeter();
    const t = await call('reporting.totals', { params: { orgId: 'sd', roundId: round.id }, token: province });
    // The session with its account and the orgs on the target's path (the container knows the
    // org's path from the call before) in one BatchGet, and the region's 8 totals shards in another.
    expect(readMeter().byCommand).toEqual({ BatchGetItemCommand: 2 });
    expect(t.body.totals.reports).toBe(1);
    const list = await call('reporting.list', { params: { orgId: 'sd', roundId: round.id }, query: { state: 'approved' }, token: province });
    expect(list.body.items.map((r: { orgId: string }) => r.orgId)).toEqual(['sd-jn-qcjt']);
    const cmp = await call('reporting.compare', { params: { orgId: 'sd' }, token: province });
    expect(cmp.body.years.find((y: { roundId: string }) => y.roundId === round.id).region.reports).toBe(1);
  });
});
