import { InternalErrorException, InvalidParameterException, PublishCommand, SNSClient, ThrottledException } from '@aws-sdk/client-sns';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { outboxItem, putOutboxItem, type OutboxMessage } from '../../functions/src/adapters/dynamodb/outbox/outbox-store';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { refundSmsBudget, smsBudgetUsed, takeSmsBudget } from '../../functions/src/adapters/dynamodb/sms-budget/sms-budget-store';
import { transact } from '../../functions/src/adapters/dynamodb/table/transact';
import { sinkSms } from '../../functions/src/adapters/sms/sink-sms';
import { SmsRetryLater } from '../../functions/src/adapters/sms/sms-retry-later';
import { snsSms } from '../../functions/src/adapters/sms/sns-sms';
import { handler } from '../../functions/src/notify/outbox-worker';
import { budgetDay } from '../../functions/src/notify/rate-limiter';
import { sendOutboxMessage, type SendPolicy } from '../../functions/src/notify/send-outbox';
import { uniqueSuffix } from './api-client';

/**
 * The outbox worker recovers from failures around a send: SNS is mocked (aws-sdk-client-mock),
 * DynamoDB Local is real, and store faults are injected at the document client.
 */
const sns = mockClient(SNSClient);
/**
 * The local stack's own outbox worker (another process, the real clock) gets every outbox INSERT
 * too, and used to claim a test's message first now and then. So this file runs 20 minutes ahead
 * (only Date is faked), and its messages are written already claimed until 10 minutes from the
 * real now: never claimable by the stack's worker, a claim whose lease ran out for these tests.
 */
const AHEAD_MS = 20 * 60_000;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + AHEAD_MS });
});
afterEach(() => {
  sns.reset();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const meta = { httpStatusCode: 400 };
const throttled = () => new ThrottledException({ message: 'Rate exceeded', $metadata: meta });

async function newMessage(orgId?: string): Promise<OutboxMessage> {
  const msg = { id: `rec-${uniqueSuffix()}`, to: '+8613600000009', text: '【职教学会】恢复', template: 'test', createdAt: new Date().toISOString(), ...(orgId ? { orgId } : {}) };
  const heldUntil = new Date(Date.now() - AHEAD_MS / 2).toISOString();
  const put = putOutboxItem(msg);
  const item = put.item.Put!;
  await transact([{ ...put, item: { Put: { ...item, Item: { ...item.Item, status: 'sending', claimedAt: heldUntil, leaseUntil: heldUntil } } } }]);
  return msg;
}

async function outboxRow(id: string) {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(id), ConsistentRead: true }));
  return res.Item ?? {};
}

function budgetPolicy(day: string, limit = 5): SendPolicy {
  return { budget: (org) => takeSmsBudget(org, day, limit), refund: (org) => refundSmsBudget(org, day) };
}

function streamEvent(msg: OutboxMessage): DynamoDBStreamEvent {
  const key = keys.outbox(msg.id);
  return {
    Records: [{
      eventName: 'INSERT',
      dynamodb: { Keys: marshall(key) as never, NewImage: marshall({ ...key, ...msg, status: 'pending' }) as never, SequenceNumber: `seq-${msg.id}` },
    }],
  };
}

describe('SMS outbox recovery', () => {
  it('SNS throttling once then accepting: the message is sent exactly once and the budget counts one', async () => {
    sns.on(PublishCommand).rejectsOnce(throttled()).resolves({ MessageId: 'sns-ok' });
    const port = snsSms(new SNSClient({ region: 'cn-north-1' }));
    const orgId = `thr-${uniqueSuffix()}`;
    const day = budgetDay();
    const msg = await newMessage(orgId);
    await expect(sendOutboxMessage(port, msg, budgetPolicy(day))).rejects.toBeInstanceOf(SmsRetryLater);
    expect((await outboxRow(msg.id)).status).toBe('pending');
    expect(await smsBudgetUsed(orgId, day)).toBe(0);
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('sent');
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('skipped');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    expect(await outboxRow(msg.id)).toMatchObject({ status: 'sent', detail: 'sns-ok' });
    expect(await smsBudgetUsed(orgId, day)).toBe(1);
  });

  it('an SNS 5xx is retried too; a refused number is failed for good with the budget refunded', async () => {
    const port = snsSms(new SNSClient({ region: 'cn-north-1' }));
    sns.on(PublishCommand).rejectsOnce(new InternalErrorException({ message: 'boom', $metadata: { httpStatusCode: 500 } }))
      .rejects(new InvalidParameterException({ message: 'bad number', $metadata: meta }));
    const orgId = `ref-${uniqueSuffix()}`;
    const day = budgetDay();
    const msg = await newMessage(orgId);
    await expect(sendOutboxMessage(port, msg, budgetPolicy(day))).rejects.toBeInstanceOf(SmsRetryLater);
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('failed');
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('skipped');
    expect((await outboxRow(msg.id)).status).toBe('failed');
    expect(await smsBudgetUsed(orgId, day)).toBe(0);
  });

  it('through the worker: a throttled record is reported as a batch item failure and the retry sends it once', async () => {
    const msg = await newMessage();
    const send = vi.spyOn(sinkSms, 'send');
    send.mockRejectedValueOnce(new SmsRetryLater(throttled()));
    const event = streamEvent(msg);
    expect((await handler(event)).batchItemFailures).toEqual([{ itemIdentifier: `seq-${msg.id}` }]);
    expect((await handler(event)).batchItemFailures).toEqual([]);
    expect((await handler(event)).batchItemFailures).toEqual([]);
    expect(send).toHaveBeenCalledTimes(2);
    expect((await outboxRow(msg.id)).status).toBe('sent');
  });

  it('a store failure after the claim but before the send (budget throttled): the retry sends once', async () => {
    const orgId = `pre-${uniqueSuffix()}`;
    const day = budgetDay();
    const msg = await newMessage(orgId);
    const client = ddb() as unknown as { send: (c: object) => Promise<unknown> };
    const real = client.send.bind(client);
    let failed = false;
    vi.spyOn(client, 'send').mockImplementation((command) => {
      const budgetUpdate = command instanceof UpdateCommand && String(command.input.Key?.pk).startsWith('SMSBUDGET#');
      if (!budgetUpdate || failed) return real(command);
      failed = true;
      return Promise.reject(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: meta }));
    });
    const sent: string[] = [];
    const port = { send: (m: { id: string }) => (sent.push(m.id), Promise.resolve({ messageId: `m-${m.id}` })) };
    await expect(sendOutboxMessage(port, msg, budgetPolicy(day))).rejects.toThrow('slow down');
    expect((await outboxRow(msg.id)).status).toBe('pending');
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('sent');
    expect(await sendOutboxMessage(port, msg, budgetPolicy(day))).toBe('skipped');
    expect(sent).toEqual([msg.id]);
    expect(await smsBudgetUsed(orgId, day)).toBe(1);
  });

  it('a claim whose worker died (lease run out, or an old claim without a lease) is taken again, once; a live one is not', async () => {
    const sent: string[] = [];
    const port = { send: (m: { id: string }) => (sent.push(m.id), Promise.resolve({ messageId: `m-${m.id}` })) };
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    // Each message is written already claimed, in the one INSERT the stream delivers: the local
    // stack's own outbox worker then races this test for the stale claims as a second worker would,
    // so either may take one, but only one, and nobody takes the live claim.
    const claimed = async (claim: Record<string, string>) => {
      const msg = { id: `rec-${uniqueSuffix()}`, to: '+8613600000009', text: '【职教学会】恢复', template: 'test', createdAt: new Date().toISOString() };
      await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...outboxItem(msg), status: 'sending', ...claim } }));
      return msg;
    };
    const live = await claimed({ claimedAt: ago(1000), leaseUntil: new Date(Date.now() + 60_000).toISOString() });
    const expired = await claimed({ claimedAt: ago(40_000), leaseUntil: ago(5_000) });
    const legacy = await claimed({ claimedAt: ago(10 * 60_000) });
    expect(await sendOutboxMessage(port, live)).toBe('skipped');
    for (const msg of [expired, legacy]) {
      expect(['sent', 'skipped']).toContain(await sendOutboxMessage(port, msg));
      await expect.poll(async () => (await outboxRow(msg.id)).status, { timeout: 30_000, interval: 100 }).toBe('sent');
      const bySink = (await listSinkMessages(1000)).filter((m) => m.id === msg.id).length;
      expect(sent.filter((id) => id === msg.id).length + bySink).toBe(1);
    }
    expect((await outboxRow(live.id)).status).toBe('sending');
  });

  it('the worker leases claims until its own deadline', async () => {
    const msg = await newMessage();
    const send = vi.spyOn(sinkSms, 'send').mockRejectedValueOnce(new Error('crash after claim'));
    // A plain error from the port is the message's failure; check the lease that was written.
    const before = Date.now();
    await handler(streamEvent(msg), { getRemainingTimeInMillis: () => 7_000 });
    const row = await outboxRow(msg.id);
    expect(row.status).toBe('failed');
    const lease = Date.parse(String(row.leaseUntil));
    expect(lease).toBeGreaterThanOrEqual(before + 7_000);
    expect(lease).toBeLessThan(before + 30_000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
