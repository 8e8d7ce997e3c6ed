import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { keys } from '@trellis/shared/data/keys';
import type { OutboxMessage } from '../adapters/dynamodb/outbox-store';
import { smsFromConfig } from '../adapters/sms/sms-from-config';
import { takeSmsBudget } from '../adapters/dynamodb/sms-budget-store';
import { config } from '../config';
import { budgetDay, rateLimiter } from './rate-limiter';
import { sendOutboxMessage, withConcurrency, type SendPolicy } from './send-outbox';

const CONCURRENCY = Number(process.env.SMS_CONCURRENCY ?? 4);

/** One pace for the whole container: the configured messages per second. */
let policyOnce: SendPolicy | undefined;
function sendPolicy(): SendPolicy {
  if (policyOnce) return policyOnce;
  const cfg = config();
  const limiter = rateLimiter(cfg.SMS_RATE_PER_SECOND);
  policyOnce = {
    budget: (orgId) => takeSmsBudget(orgId, budgetDay(), cfg.SMS_DAILY_BUDGET),
    pace: () => limiter.take(),
  };
  return policyOnce;
}

/**
 * DynamoDB stream worker: new outbox items are sent through the SMS port. Failed sends are
 * recorded on the item; only unexpected errors fail the record (retried, then the DLQ).
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const records = event.Records.filter(
    (r) => r.eventName === 'INSERT' && String(r.dynamodb?.Keys?.pk?.S ?? '').startsWith(keys.outboxPrefix),
  );
  const sms = smsFromConfig();
  const policy = sendPolicy();
  const outcomes = await withConcurrency(records, CONCURRENCY, async (record) => {
    try {
      const image = unmarshall((record.dynamodb?.NewImage ?? {}) as Record<string, AttributeValue>) as OutboxMessage;
      await sendOutboxMessage(sms, image, policy);
      return null;
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', worker: 'outbox', error: String(error) }));
      return record.dynamodb?.SequenceNumber ?? null;
    }
  });
  return { batchItemFailures: outcomes.flatMap((id) => (id ? [{ itemIdentifier: id }] : [])) };
}
