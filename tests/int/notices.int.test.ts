import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { publishDue } from '../../functions/src/notices/publish-due';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import { putNotice } from '../../functions/src/adapters/dynamodb/notice/notice-store';
import { putAll } from '../../functions/src/adapters/dynamodb/table/batch-write';
import { deliveryItem, getDelivery } from '../../functions/src/adapters/dynamodb/delivery/delivery-store';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs, uniqueSuffix } from './api-client';
import { noticeTree } from './notice-fixture';

const body = '<p>请各单位于本周五前报送材料。<script>alert(1)</script></p>';

async function send(token: string, orgId: string, targets: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return call('notices.create', {
    params: { orgId }, token,
    body: { title: `关于报送材料的通知${randomUUID().slice(0, 6)}`, bodyHtml: body, targets, requestId: randomUUID(), ...extra },
  });
}

describe('notices: compose, deliver, read, statistics', () => {
  it('delivers to a subtree and a named person, sanitizes the body, and counts per org along the tree', async () => {
    const tree = await noticeTree([
      { school: 0, roles: ['admin'] }, { school: 0, roles: ['teacher'] }, { school: 1, roles: ['member'] }, { school: -1, roles: ['admin'] },
    ]);
    const token = await loginAs('sd.admin');
    const res = await send(token, 'sd', { subtrees: [tree.schools[0]?.id], people: [tree.people[2]?.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'published', recipientCount: 3 });
    expect(res.body.bodyHtml).not.toContain('<script');
    resetMeter();
    const stats = await call('notices.get', { params: { noticeId: res.body.id }, token });
    // The session with its account (one BatchGet), the notice with its counters (one Query), the orgs on its path.
    expect(readMeter().byCommand).toEqual({ QueryCommand: 1, BatchGetItemCommand: 2 });
    expect(stats.body.stats.totals).toEqual({ total: 3, read: 0, confirmed: 0 });
    const byOrg = Object.fromEntries(stats.body.stats.byOrg.map((o: { orgId: string; counts: { total: number } }) => [o.orgId, o.counts.total]));
    expect(byOrg).toMatchObject({ sd: 3, [tree.city.id]: 3, [tree.schools[0]?.id ?? '']: 2, [tree.schools[1]?.id ?? '']: 1 });
  });

  it('refuses targets outside the sender\'s subtree with 403, and bad input with 400', async () => {
    const jn = await loginAs('jn.admin');
    expect((await send(jn, 'sd-jn', { subtrees: ['sd-qd'] })).status).toBe(403);
    expect((await send(jn, 'sd-qd', { subtrees: ['sd-qd'] })).status).toBe(403);
    const gdAdmin = (await call('auth.me', { token: await loginAs('gd.admin') })).body.account.id as string;
    expect((await send(jn, 'sd-jn', { people: [gdAdmin] })).status).toBe(403);
    const bad = await send(jn, 'sd-jn', {}, { title: 'x', bodyHtml: '<script>x</script>' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ title: ['title.too_short'], 'targets.subtrees': ['targets.required'] });
    expect((await send(await loginAs('wang.teacher'), 'sd-jn-xxgc', { subtrees: ['sd-jn-xxgc'] })).status).toBe(403);
  });

  it('a retried submission with the same request id creates one notice', async () => {
    const tree = await noticeTree([{ school: 0, roles: ['teacher'] }], 1);
    const token = await loginAs('sd.admin');
    const input = { title: '重复提交测试', bodyHtml: '<p>正文</p>', targets: { subtrees: [tree.city.id] }, requestId: randomUUID() };
    const [a, b] = await Promise.all([1, 2].map(() => call('notices.create', { params: { orgId: 'sd' }, token, body: input })));
    expect(a?.status).toBe(201);
    expect(a?.body.id).toBe(b?.body.id);
    const sent = await call('notices.sent', { params: { orgId: 'sd' }, token });
    expect(sent.body.items.filter((n: { title: string }) => n.title === input.title)).toHaveLength(1);
  });

  it('recipients see it unread, open it once, confirm it; strangers cannot open it', async () => {
    const token = await loginAs('jnxx.admin');
    const res = await send(token, 'sd-jn-xxgc', { orgs: ['sd-jn-xxgc'], roles: ['member'] }, { confirmBy: new Date(Date.now() + 86_400_000).toISOString() });
    expect(res.status).toBe(201);
    const member = await loginAs('li.member');
    const inbox = await call('inbox.list', { token: member });
    expect(inbox.body.items[0]).toMatchObject({ noticeId: res.body.id, readAt: null });
    const unreadBefore = inbox.body.unread as number;
    const detail = await call('inbox.get', { params: { noticeId: res.body.id }, token: member });
    expect(detail.body.bodyHtml).not.toContain('script');
    await Promise.all([1, 2, 3].map(() => call('inbox.read', { params: { noticeId: res.body.id }, token: member })));
    // The badge counts a sparse index, which (like any GSI) may lag a moment.
    await expect.poll(async () => (await call('inbox.list', { token: member })).body.unread).toBe(unreadBefore - 1);
    expect((await call('inbox.confirm', { params: { noticeId: res.body.id }, token: member })).body.confirmedAt).not.toBeNull();
    const stats = await call('notices.get', { params: { noticeId: res.body.id }, token });
    // Other tests add members to this school, so the total is whatever the notice reached; li.member alone read and confirmed.
    expect(stats.body.stats.totals).toEqual({ total: res.body.recipientCount, read: 1, confirmed: 1 });
    const teacher = await loginAs('wang.teacher');
    expect((await call('inbox.get', { params: { noticeId: res.body.id }, token: teacher })).status).toBe(403);
    expect((await call('notices.get', { params: { noticeId: res.body.id }, token: await loginAs('gd.admin') })).status).toBe(403);
  });

  it('reminds unread recipients by SMS, only those with a verified number, once per request', async () => {
    const tree = await noticeTree([
      { school: 0, roles: ['teacher'], phone: true }, { school: 0, roles: ['teacher'] }, { school: 1, roles: ['member'], phone: true },
    ]);
    const token = await loginAs('sd.admin');
    const res = await send(token, 'sd', { subtrees: [tree.city.id] });
    const requestId = randomUUID();
    const first = await call('notices.remind', { params: { noticeId: res.body.id }, token, body: { requestId } });
    expect(first.body).toEqual({ unread: 3, sent: 2, withoutPhone: 1 });
    const again = await call('notices.remind', { params: { noticeId: res.body.id }, token, body: { requestId } });
    expect(again.body).toEqual(first.body);
    const phones = tree.people.flatMap((p) => (p.phone ? [p.phone] : []));
    await expect.poll(async () => (await listSinkMessages(500)).filter((m) => phones.includes(m.to) && m.text.includes(res.body.title)).length, { timeout: 10_000 }).toBe(2);
    const unread = await call('notices.unread', { params: { noticeId: res.body.id }, query: { orgId: tree.schools[0]?.id ?? '' }, token });
    expect(unread.body.items.map((u: { hasVerifiedPhone: boolean }) => u.hasVerifiedPhone).sort()).toEqual([false, true]);
  });

  it('publishes a scheduled notice when its time comes, exactly once', async () => {
    const tree = await noticeTree([{ school: 0, roles: ['teacher'] }], 1);
    const token = await loginAs('sd.admin');
    const at = new Date(Date.now() + 3_600_000);
    const res = await send(token, 'sd', { subtrees: [tree.city.id] }, { publishAt: at.toISOString() });
    expect(res.body.status).toBe('scheduled');
    const later = new Date(at.getTime() + 60_000);
    const runs = await Promise.all([publishDue(later), publishDue(later)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const stats = await call('notices.get', { params: { noticeId: res.body.id }, token });
    expect(stats.body.notice.status).toBe('published');
    expect(stats.body.stats.totals.total).toBe(1);
  });

  it('resumes a publish that died half-way without touching deliveries already made', async () => {
    const tree = await noticeTree([{ school: 0, roles: ['teacher'] }, { school: 1, roles: ['teacher'] }], 2);
    const sd = await getOrg('sd');
    if (!sd) throw new Error('no sd');
    const past = new Date(Date.now() - 60_000).toISOString();
    const notice: NoticeRecord = {
      id: `n-resume-${uniqueSuffix()}`, orgId: 'sd', orgName: sd.name, orgPath: sd.path, title: '中断续发', bodyHtml: '<p>x</p>',
      attachments: [], confirmBy: null, publishAt: past, status: 'publishing', sendSms: false,
      targets: { subtrees: [tree.city.id], orgs: [], orgTypes: [], roles: [], people: [] }, recipientCount: 0,
      authorId: 'u-test', createdAt: past, requestId: randomUUID(), dueAt: past,
    };
    await putNotice(notice);
    const first = tree.people[0];
    if (!first) throw new Error('fixture');
    await putAll([deliveryItem({
      noticeId: notice.id, title: notice.title, orgName: sd.name, publishedAt: past, confirmBy: null, readAt: past,
      confirmedAt: null, accountId: first.id, orgId: first.org.id, orgPath: first.org.path, roles: first.roles,
      displayName: 'x', smsTo: null, senderPath: sd.path,
    })]);
    expect(await publishDue(new Date())).toBeGreaterThanOrEqual(1);
    const token = await loginAs('sd.admin');
    const stats = await call('notices.get', { params: { noticeId: notice.id }, token });
    expect(stats.body.notice.status).toBe('published');
    expect(stats.body.stats.totals.total).toBe(2);
    expect((await getDelivery(first.id, notice.id))?.readAt).toBe(past);
    expect(await getDelivery(tree.people[1]?.id ?? '', notice.id)).not.toBeNull();
  });
});

