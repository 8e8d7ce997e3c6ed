import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { getNotice } from '../../functions/src/adapters/dynamodb/notice/notice-store';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { composeNotice } from '../../functions/src/notices/compose';
import { remindUnread } from '../../functions/src/notices/remind';
import { noticeTree } from './notice-fixture';

/**
 * What an SMS reminder costs in DynamoDB requests, and the race between its existence check
 * and its write: the outbox items are written in TransactWriteItems of 100 conditional Puts,
 * so an item that appears (and is even sent) after the check is never reset.
 */
type Send = (command: object) => Promise<unknown>;
const sender = { accountId: 'u-test', accountStatus: 'active' as const, grants: [] };

afterEach(() => {
  vi.restoreAllMocks();
});

async function unreadNotice(people: number, title: string) {
  const tree = await noticeTree(Array.from({ length: people }, (_, i) => ({ school: i % 3, roles: ['teacher' as const], phone: true })));
  // Sent by the private city, so its SMS draw on the city's own daily budget, not 山东's.
  const composed = await composeNotice(sender, tree.city, {
    orgId: tree.city.id, title, bodyHtml: '<p>正文</p>', attachments: [], sendSms: false,
    targets: { subtrees: [tree.city.id], orgs: [], orgTypes: [], roles: [], people: [] }, requestId: randomUUID(),
  });
  const notice = await getNotice(composed.id);
  if (!notice) throw new Error('notice missing');
  return { tree, notice };
}

async function outbox(id: string): Promise<Record<string, unknown> | undefined> {
  return (await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(id), ConsistentRead: true }))).Item;
}

describe('SMS reminder cost', () => {
  it('250 unread with a phone: their accounts, an existence check and the writes, 100 items a request', async () => {
    const { notice } = await unreadNotice(250, `提醒成本${randomUUID().slice(0, 6)}`);
    resetMeter();
    const result = await remindUnread(notice, randomUUID());
    expect(result).toEqual({ unread: 250, sent: 250, withoutPhone: 0 });
    // The guard (GetItem, conditional PutItem, the result's PutItem); one page of unread;
    // ⌈250 / 100⌉ = 3 BatchGetItem of accounts + 3 of outbox keys; 3 transactions of conditional Puts.
    // (The stack's stream worker runs in the global-setup process, so its requests are not counted here.)
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, PutItemCommand: 2, QueryCommand: 1, BatchGetItemCommand: 6, TransactWriteItemsCommand: 3 });
    expect(readMeter().requests).toBe(13);
  }, 120_000);
});

describe('an outbox item written between the check and the write', () => {
  it('is never overwritten: a sent item stays sent, the rest of its transaction is written once', async () => {
    const { tree, notice } = await unreadNotice(3, `提醒竞态${randomUUID().slice(0, 6)}`);
    const requestId = randomUUID();
    const [racer] = tree.people;
    const racedId = `rem-${notice.id}-${requestId}-${racer?.id}`;
    const raced = { ...keys.outbox(racedId), entity: 'outbox', status: 'sent', sentAt: '2026-01-01T00:00:00.000Z', to: racer?.phone, id: racedId };
    const client = ddb() as unknown as { send: Send };
    const send = client.send.bind(client);
    let transactions = 0;
    // A concurrent run of the same request wrote this person's item after our BatchGetItem found
    // nothing, and the worker sent it, just before our first transaction reaches DynamoDB.
    vi.spyOn(client, 'send').mockImplementation(async (command) => {
      if (command instanceof TransactWriteCommand && transactions++ === 0) {
        await send(new PutCommand({ TableName: tableName(), Item: raced }));
      }
      return send(command);
    });
    resetMeter();
    const result = await remindUnread(notice, requestId);
    expect(result).toEqual({ unread: 3, sent: 3, withoutPhone: 0 });
    expect(transactions).toBe(2);
    expect(readMeter().byCommand.TransactWriteItemsCommand).toBe(2);
    expect(await outbox(racedId)).toEqual(raced);
    for (const p of tree.people.slice(1)) {
      expect((await outbox(`rem-${notice.id}-${requestId}-${p.id}`))?.template).toBe('notice.reminder');
    }
  });
});
