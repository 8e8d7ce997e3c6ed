import { randomUUID } from 'node:crypto';
import { BatchGetCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { putAll } from '../../functions/src/adapters/dynamodb/table/batch-write';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { outboxItem } from '../../functions/src/adapters/dynamodb/outbox/outbox-store';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { getOrg, getOrgs } from '../../functions/src/adapters/dynamodb/org/org-store';
import { deliveryItem } from '../../functions/src/adapters/dynamodb/delivery/delivery-store';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import { putNotice } from '../../functions/src/adapters/dynamodb/notice/notice-store';
import { publishNotice } from '../../functions/src/notices/publish';
import { smsBudgetUsed, takeSmsBudget } from '../../functions/src/adapters/dynamodb/sms-budget/sms-budget-store';
import { budgetDay } from '../../functions/src/notify/rate-limiter';
import { call, loginAs, uniqueSuffix } from './api-client';
import { noticeTree } from './notice-fixture';

/**
 * Recovery of the notice and SMS paths. DynamoDB Local is the store; faults are injected at the
 * document client (a call answers differently once) and SMS goes through a scripted port.
 */
type Send = (command: object) => Promise<unknown>;

function hookDdb(hook: (command: object, send: Send) => Promise<unknown>): void {
  const client = ddb() as unknown as { send: Send };
  const send = client.send.bind(client);
  vi.spyOn(client, 'send').mockImplementation((command) => hook(command, send));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading many orgs', () => {
  it('loads more than 100 orgs (one BatchGetItem per 100) and retries unprocessed keys', async () => {
    const suffix = uniqueSuffix();
    const ids = Array.from({ length: 230 }, (_, i) => `bulk-${suffix}-${i}`);
    // Bare org records (no index keys), so listings elsewhere never see them.
    await putAll(ids.map((id, i) => ({ ...keys.org(id), entity: 'org', id, name: `批量${i}`, type: 'school', status: 'active' })));
    const sizes: number[] = [];
    let deferred = false;
    hookDdb(async (command, send) => {
      if (!(command instanceof BatchGetCommand)) return send(command);
      const table = Object.keys(command.input.RequestItems ?? {})[0] ?? '';
      const asked = command.input.RequestItems?.[table]?.Keys ?? [];
      sizes.push(asked.length);
      if (deferred || asked.length < 2) return send(command);
      deferred = true; // The first request answers only half, as DynamoDB may under load.
      const half = asked.slice(0, Math.floor(asked.length / 2));
      const out = (await send(new BatchGetCommand({ RequestItems: { [table]: { ...command.input.RequestItems?.[table], Keys: half } } }))) as Record<string, unknown>;
      return { ...out, UnprocessedKeys: { [table]: { Keys: asked.slice(half.length) } } };
    });
    const found = await getOrgs([...ids, ...ids.slice(0, 10), 'sd']);
    expect(found.size).toBe(231);
    expect(found.get(ids[150] ?? '')?.name).toBe('批量150');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(sizes).toEqual([100, 50, 100, 31]);
  });
});

describe('SMS budget', () => {
  it('a daily budget of 0 lets no message through, not even the first of the day', async () => {
    const orgId = `zero-${uniqueSuffix()}`;
    const day = budgetDay();
    expect(await takeSmsBudget(orgId, day, 0)).toBe(false);
    expect(await takeSmsBudget(orgId, day, -1)).toBe(false);
    expect(await smsBudgetUsed(orgId, day)).toBe(0);
    expect(await takeSmsBudget(orgId, day, 1)).toBe(true);
    expect(await takeSmsBudget(orgId, day, 1)).toBe(false);
    expect(await smsBudgetUsed(orgId, day)).toBe(1);
  });
});

async function outboxStatus(id: string): Promise<unknown> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(id), ConsistentRead: true }));
  return res.Item?.status;
}

describe('SMS reminders that died half-way', () => {
  it('a run still going answers 409 "in progress"; one dead for over a minute is redone, sending only what is missing', async () => {
    const tree = await noticeTree([
      { school: 0, roles: ['teacher'], phone: true }, { school: 0, roles: ['teacher'] }, { school: 1, roles: ['member'], phone: true },
    ]);
    const token = await loginAs('sd.admin');
    const title = `提醒恢复${randomUUID().slice(0, 6)}`;
    const created = await call('notices.create', {
      params: { orgId: 'sd' }, token,
      body: { title, bodyHtml: '<p>正文</p>', targets: { subtrees: [tree.city.id] }, requestId: randomUUID() },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const noticeId = String(created.body.id);
    const requestId = randomUUID();
    const guard = keys.noticeReminder(noticeId, requestId);
    const remind = () => call('notices.remind', { params: { noticeId }, token, body: { requestId } });

    // A duplicate while the first run is still going (marked started just now, no result).
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at: new Date().toISOString() } }));
    const busy = await remind();
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('notice.reminder_in_progress');

    // The run died two minutes ago after writing (and the worker sending) one of its two SMS.
    const [first, , third] = tree.people;
    const phones = [first?.phone, third?.phone];
    const at = new Date(Date.now() - 2 * 60_000).toISOString();
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...guard, at } }));
    const earlyId = `rem-${noticeId}-${requestId}-${first?.id}`;
    await putAll([outboxItem({
      id: earlyId, to: String(first?.phone), orgId: 'sd', template: 'notice.reminder',
      text: renderSms('notice.reminder', { title }), createdAt: at,
    })]);
    await expect.poll(() => outboxStatus(earlyId), { timeout: 10_000 }).toBe('sent');

    const redone = await remind();
    expect(redone.status).toBe(200);
    expect(redone.body).toEqual({ unread: 3, sent: 2, withoutPhone: 1 });
    expect(await outboxStatus(earlyId)).toBe('sent');
    await expect.poll(() => outboxStatus(`rem-${noticeId}-${requestId}-${third?.id}`), { timeout: 10_000 }).toBe('sent');
    const received = (await listSinkMessages(500)).filter((m) => phones.includes(m.to) && m.text.includes(title));
    expect(received.map((m) => m.to).sort()).toEqual([...phones].sort());
    expect((await remind()).body).toEqual(redone.body);
  });
});

describe('resuming a publish that died half-way', () => {
  it('writes the SMS lost with a partial batch for someone already delivered, and resends nothing already there', async () => {
    const tree = await noticeTree([
      { school: 0, roles: ['teacher'], phone: true }, { school: 0, roles: ['teacher'], phone: true }, { school: 1, roles: ['member'], phone: true },
    ], 2);
    const sd = await getOrg('sd');
    if (!sd) throw new Error('no sd');
    const past = new Date(Date.now() - 10 * 60_000).toISOString();
    const title = `续发短信${randomUUID().slice(0, 6)}`;
    const notice: NoticeRecord = {
      id: `n-resms-${uniqueSuffix()}`, orgId: 'sd', orgName: sd.name, orgPath: sd.path, title, bodyHtml: '<p>x</p>',
      attachments: [], confirmBy: null, publishAt: past, status: 'publishing', sendSms: true,
      targets: { subtrees: [tree.city.id], orgs: [], orgTypes: [], roles: [], people: [] }, recipientCount: 0,
      authorId: 'u-test', createdAt: past, requestId: randomUUID(), dueAt: past,
    };
    await putNotice(notice);
    const [sentBefore, lostSms, notReached] = tree.people;
    if (!sentBefore || !lostSms || !notReached) throw new Error('fixture');
    // The dead run delivered to two people; only the first one's SMS made it into the outbox (and was sent).
    const delivered = (p: typeof sentBefore) => deliveryItem({
      noticeId: notice.id, title, orgName: sd.name, publishedAt: past, confirmBy: null, readAt: null, confirmedAt: null,
      accountId: p.id, orgId: p.org.id, orgPath: p.org.path, roles: p.roles, displayName: 'x', smsTo: p.phone, senderPath: sd.path,
    });
    const smsId = (p: typeof sentBefore) => `pub-${notice.id}-${p.id}`;
    await putAll([delivered(sentBefore), delivered(lostSms), outboxItem({
      id: smsId(sentBefore), to: String(sentBefore.phone), orgId: 'sd', template: 'notice.published',
      text: renderSms('notice.published', { title }), createdAt: past,
    })]);
    await expect.poll(() => outboxStatus(smsId(sentBefore)), { timeout: 10_000 }).toBe('sent');

    expect(await publishNotice(notice, undefined, true)).toBe(3);
    expect(await outboxStatus(smsId(sentBefore))).toBe('sent');
    for (const p of [lostSms, notReached]) await expect.poll(() => outboxStatus(smsId(p)), { timeout: 10_000 }).toBe('sent');
    const phones = tree.people.map((p) => p.phone);
    const received = (await listSinkMessages(500)).filter((m) => phones.includes(m.to) && m.text.includes(title));
    expect(received.map((m) => m.to).sort()).toEqual([...phones].sort());
  });
});
