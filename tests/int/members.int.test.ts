import { describe, expect, it } from 'vitest';
import { memberKeys } from '@trellis/shared/data/keys-members';
import { putCaptcha } from '../../functions/src/adapters/dynamodb/captcha/captcha-store';
import { getMember, getMemberSummary } from '../../functions/src/adapters/dynamodb/member/member-store';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { sha256 } from '../../functions/src/security/tokens';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { publicMembers } from '../../functions/src/members/public-list';
import { call, loginAs, randomIp, randomUscc, uniqueSuffix } from './api-client';

function unit(overrides: Record<string, unknown> = {}) {
  return {
    name: `济南会员企业${uniqueSuffix()}`, type: 'enterprise', code: randomUscc(), contactPerson: '钱经理',
    phone: '0531-88880000', email: `m${uniqueSuffix()}@example.cn`, address: '济南市历下区经十路 1 号', note: '',
    ...overrides,
  };
}

async function apply(slug: string, overrides: Record<string, unknown> = {}, sourceIp = randomIp()) {
  const body = unit(overrides);
  const res = await call('members.apply', { params: { slug }, body, sourceIp });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...body, number: res.body.number as string, id: (res.body.number as string).toLowerCase() };
}

/** A fresh association under Jinan, so the summary and the public page are this test's alone. */
async function freshOrg(): Promise<{ id: string; slug: string }> {
  const res = await call('orgs.create', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin'), body: { name: `会员测试协会${uniqueSuffix()}`, type: 'association', region: '山东省济南市' } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const decide = async (orgId: string, memberId: string, decision: string, reason = '', token?: string) =>
  call('members.decide', { params: { orgId, memberId }, body: { decision, reason }, token: token ?? (await loginAs('jn.admin')) });

describe('member units', () => {
  it('a search fills its pages: 20 matches, then the rest, none skipped or repeated', async () => {
    const org = await freshOrg();
    const matching = await Promise.all(Array.from({ length: 22 }, () => apply(org.slug, { name: `产教联合体成员${uniqueSuffix()}` })));
    await Promise.all(Array.from({ length: 6 }, () => apply(org.slug)));
    const token = await loginAs('jn.admin');
    const first = await call('members.list', { params: { orgId: org.id }, query: { status: 'pending', q: '联合体' }, token });
    expect(first.body.items).toHaveLength(20);
    expect(first.body.cursor).toBeTruthy();
    const second = await call('members.list', { params: { orgId: org.id }, query: { status: 'pending', q: '联合体', cursor: first.body.cursor }, token });
    expect(second.body).toMatchObject({ cursor: null });
    const ids = [...first.body.items, ...second.body.items].map((m: { id: string }) => m.id);
    expect(ids.sort()).toEqual(matching.map((m) => m.id).sort());
  });

  it('applies, is approved, shows on the public page and in the summary; status page without contact details', async () => {
    const org = await freshOrg();
    const a = await apply(org.slug, { type: 'school' });
    const b = await apply(org.slug, { type: 'enterprise' });
    expect(a.number).toMatch(/^HY\d{8}-[0-9A-Z]{6}$/);
    const status = await call('members.status', { params: { number: a.number } });
    expect(status.body).toMatchObject({ number: a.number, status: 'pending', orgSlug: org.slug });
    expect(JSON.stringify(status.body)).not.toContain(a.phone);
    const token = await loginAs('jn.admin');
    const pending = await call('members.list', { params: { orgId: org.id }, query: { status: 'pending' }, token });
    expect(pending.body.items.map((m: { id: string }) => m.id).sort()).toEqual([a.id, b.id].sort());
    const search = await call('members.list', { params: { orgId: org.id }, query: { status: 'pending', q: a.name.slice(-6) }, token });
    expect(search.body.items.map((m: { id: string }) => m.id)).toEqual([a.id]);
    expect((await decide(org.id, a.id, 'approve')).body).toMatchObject({ status: 'approved', version: 2 });
    const rejected = await decide(org.id, b.id, 'reject', '材料不全');
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '材料不全' });
    expect((await call('members.status', { params: { number: b.number } })).body).toMatchObject({ status: 'rejected', reason: '材料不全' });
    const site = await call('members.publicList', { params: { slug: org.slug } });
    expect(site.body).toMatchObject({ site: { closed: false }, total: 1, items: [{ name: a.name, type: 'school' }] });
    expect(JSON.stringify(site.body)).not.toContain(a.code);
    const summary = await ddb().send(new GetCommand({ TableName: tableName(), Key: memberKeys.memberUnitsSummary(org.id) }));
    expect(summary.Item).toMatchObject({ total: 1, items: [{ id: a.id, name: a.name, type: 'school' }] });
  });

  it('refuses bad fields (400, nothing written), a duplicate code in the same org (409), allows it in another org', async () => {
    const org = await freshOrg();
    const bad = await call('members.apply', { params: { slug: org.slug }, body: unit({ code: '91350100M000100Y44', email: 'x', type: 'castle', phone: 'abc' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ code: ['code.checksum'], email: ['email.invalid'], type: ['member_type.invalid'], phone: ['phone.invalid'] });
    const list = await call('members.list', { params: { orgId: org.id }, token: await loginAs('jn.admin') });
    expect(list.body.items).toEqual([]);
    const first = await apply(org.slug);
    const dup = await call('members.apply', { params: { slug: org.slug }, body: unit({ code: first.code }) });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('member.code_taken');
    await apply('jinan', { code: first.code });
    expect((await call('members.apply', { params: { slug: 'no-such-site' }, body: unit() })).status).toBe(404);
  });

  it('two applications with one code at once: exactly one is stored', async () => {
    const org = await freshOrg();
    const code = randomUscc();
    const results = await Promise.all([0, 1].map(() => call('members.apply', { params: { slug: org.slug }, body: unit({ code }) })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const list = await call('members.list', { params: { orgId: org.id }, token: await loginAs('jn.admin') });
    expect(list.body.items).toHaveLength(1);
  });

  it('serves the public member page in three DynamoDB requests', async () => {
    resetMeter();
    const view = await publicMembers('jinan');
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
    expect(view.items.map((m) => m.name)).toContain('山东浪潮软件股份有限公司');
    expect(view.total).toBeGreaterThanOrEqual(6);
  });

  it('the home page shows the member summary from the same BatchGet (still 3 requests)', async () => {
    resetMeter();
    const site = await call('sites.get', { params: { slug: 'jinan' } });
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
    expect(site.body.members.total).toBeGreaterThanOrEqual(6);
    expect(site.body.members.items.map((m: { name: string }) => m.name)).toContain('山东浪潮软件股份有限公司');
    expect(site.body.settings.navOrder).toEqual(['home', 'news', 'notices', 'members', 'about']);
  });

  it('requires a captcha after three applications from one IP', async () => {
    const org = await freshOrg();
    const ip = randomIp();
    for (let i = 0; i < 3; i++) await apply(org.slug, {}, ip);
    const blocked = await call('members.apply', { params: { slug: org.slug }, body: unit(), sourceIp: ip });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.fields).toEqual({ captchaAnswer: ['captcha.required'] });
    const wrong = await call('members.apply', { params: { slug: org.slug }, body: unit({ captchaId: 'c-nope', captchaAnswer: '1' }), sourceIp: ip });
    expect(wrong.body.error.fields).toEqual({ captchaAnswer: ['captcha.invalid'] });
    await putCaptcha('c-member-captcha', sha256('54321'), Date.now() + 60_000);
    await apply(org.slug, { captchaId: 'c-member-captcha', captchaAnswer: '54321' }, ip);
  });

  it('answers out of scope like missing: another province, another org of the same admin, a decision without reason', async () => {
    const org = await freshOrg();
    const a = await apply(org.slug);
    const gd = await loginAs('gd.admin');
    const foreign = await decide(org.id, a.id, 'approve', '', gd);
    expect(foreign.status).toBe(403);
    const wrongOrg = await decide('sd-jn', a.id, 'approve');
    expect(wrongOrg.status).toBe(403);
    expect(wrongOrg.body).toEqual(foreign.body);
    const missing = await decide(org.id, 'hy20260101-aaaaaa', 'approve');
    expect(missing.body).toEqual(foreign.body);
    const noReason = await decide(org.id, a.id, 'reject', '');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual({ reason: ['reason.required'] });
    expect((await getMember(a.id))?.status).toBe('pending');
    const teacher = await call('members.list', { params: { orgId: 'sd-jn' }, token: await loginAs('wang.teacher') });
    expect(teacher.status).toBe(403);
  });

  it('two admins deciding the same application: exactly one wins', async () => {
    const org = await freshOrg();
    const a = await apply(org.slug);
    const results = await Promise.all([
      decide(org.id, a.id, 'approve', '', await loginAs('jn.admin')),
      decide(org.id, a.id, 'reject', '不符合条件', await loginAs('sd.admin')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('member.already_decided');
    const stored = await getMember(a.id);
    expect(stored?.version).toBe(2);
    expect((await getMemberSummary(org.id)).total).toBe(stored?.status === 'approved' ? 1 : 0);
  });

  it('edits on a version (two edits of one version: one 409), ends with a reason and leaves the public page', async () => {
    const org = await freshOrg();
    const a = await apply(org.slug);
    const b = await apply(org.slug);
    await decide(org.id, a.id, 'approve');
    await decide(org.id, b.id, 'approve');
    const token = await loginAs('jn.admin');
    const { pk: _p, ...fields } = { pk: 0, ...unit({ code: a.code }) };
    const edits = await Promise.all(['甲', '乙'].map((s) =>
      call('members.update', { params: { orgId: org.id, memberId: a.id }, token, body: { ...fields, name: `改名单位${s}${uniqueSuffix()}`, expectedVersion: 2 } })));
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = edits.find((r) => r.status === 200)?.body as { name: string };
    expect((await getMemberSummary(org.id)).items.map((i) => i.name)).toContain(winner.name);
    const noReason = await call('members.end', { params: { orgId: org.id, memberId: a.id }, token, body: { reason: '' } });
    expect(noReason.status).toBe(400);
    const ended = await call('members.end', { params: { orgId: org.id, memberId: a.id }, token, body: { reason: '单位注销' } });
    expect(ended.body).toMatchObject({ status: 'ended', endReason: '单位注销' });
    const again = await call('members.end', { params: { orgId: org.id, memberId: a.id }, token, body: { reason: '单位注销' } });
    expect(again.status).toBe(409);
    const site = await call('members.publicList', { params: { slug: org.slug } });
    expect(site.body.items.map((m: { name: string }) => m.name)).toEqual([b.name]);
    expect(site.body.total).toBe(1);
    expect((await getMemberSummary(org.id)).items.map((i) => i.id)).toEqual([b.id]);
    // The code is free again after the membership ended.
    await apply(org.slug, { code: a.code });
  });

  it('keeps the first dozen by join date in the summary, refilled when one of them ends', async () => {
    const org = await freshOrg();
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) {
      const m = await apply(org.slug);
      await decide(org.id, m.id, 'approve');
      ids.push(m.id);
    }
    const summary = await getMemberSummary(org.id);
    expect(summary.total).toBe(13);
    expect(summary.items.map((i) => i.id)).toEqual(ids.slice(0, 12));
    await call('members.end', { params: { orgId: org.id, memberId: ids[0]! }, token: await loginAs('jn.admin'), body: { reason: '退出' } });
    const after = await getMemberSummary(org.id);
    expect(after.total).toBe(12);
    expect(after.items.map((i) => i.id)).toEqual(ids.slice(1, 13));
  });
});
