import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { putOutboxItem } from '../../functions/src/adapters/dynamodb/outbox/outbox-store';
import { listSinkMessages } from '../../functions/src/adapters/dynamodb/sms-sink/sms-sink-store';
import { transact } from '../../functions/src/adapters/dynamodb/table/transact';
import type { SmsPort } from '../../functions/src/adapters/sms/sms-port';
import { sendOutboxMessage } from '../../functions/src/notify/send-outbox';
import { budgetDay } from '../../functions/src/notify/rate-limiter';
import { smsBudgetUsed, takeSmsBudget } from '../../functions/src/adapters/dynamodb/sms-budget/sms-budget-store';
import { handler } from '../../functions/src/notify/outbox-worker';
import { uniqueSuffix } from './api-client';

function streamEvent(msg: Record<string, unknown>): DynamoDBStreamEvent {
  const key = keys.outbox(String(msg.id));
  return {
    Records: [{
      eventName: 'INSERT',
      dynamodb: {
        Keys: marshall(key) as never, NewImage: marshall({ ...key, ...msg, status: 'pending' }) as never, SequenceNumber: '1',
      },
    }],
  };
}

describe('SMS outbox worker', () => {
  it('sends each outbox message once even when the worker runs twice', async () => {
    const msg = { id: `sms-${uniqueSuffix()}`, to: '+8613600000000', text: '【职教学会】测试', template: 'test', createdAt: new Date().toISOString() };
    await transact([putOutboxItem(msg)]);
    const event = streamEvent(msg);
    const results = await Promise.all([handler(event), handler(event)]);
    await handler(event);
    expect(results.every((r) => r.batchItemFailures.length === 0)).toBe(true);
    const sent = (await listSinkMessages(500)).filter((m) => m.id === msg.id);
    expect(sent).toHaveLength(1);
  });

  it('records a failed send with its reason instead of retrying forever', async () => {
    const msg = { id: `sms-${uniqueSuffix()}`, to: '+8613600000001', text: 'x', template: 'test', createdAt: new Date().toISOString() };
    await transact([putOutboxItem(msg)]);
    const failing: SmsPort = { send: () => Promise.reject(new Error('carrier refused')) };
    expect(await sendOutboxMessage(failing, msg)).toBe('failed');
    expect(await sendOutboxMessage(failing, msg)).toBe('skipped');
  });

  it('stops sending when the org\'s daily budget is spent, recording the reason', async () => {
    const orgId = `budget-${uniqueSuffix()}`;
    const day = budgetDay();
    const sink: string[] = [];
    const port: SmsPort = { send: (m) => { sink.push(m.id); return Promise.resolve({ messageId: m.id }); } };
    const policy = { budget: (org: string) => takeSmsBudget(org, day, 2) };
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const msg = { id: `sms-${uniqueSuffix()}-${i}`, to: '+8613600000002', text: 'x', template: 'test', orgId, createdAt: new Date().toISOString() };
      await transact([putOutboxItem(msg)]);
      outcomes.push(await sendOutboxMessage(port, msg, policy));
    }
    expect(outcomes).toEqual(['sent', 'sent', 'failed']);
    expect(sink).toHaveLength(2);
    expect(await smsBudgetUsed(orgId, day)).toBe(2);
  });
});

