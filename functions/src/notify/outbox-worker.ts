import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { keys } from '@trellis/shared/data/keys';
import type { OutboxMessage } from '../adapters/dynamodb/outbox/outbox-store';
import { smsFromConfig } from '../adapters/sms/sms-from-config';
import { refundSmsBudget, takeSmsBudget } from '../adapters/dynamodb/sms-budget/sms-budget-store';
import { config } from '../config';
import { budgetDay, rateLimiter } from './rate-limiter';
import { CLAIM_LEASE_MS, sendOutboxMessage, withConcurrency, type SendPolicy } from './send-outbox';

const CONCURRENCY = Number(process.env.SMS_CONCURRENCY ?? 4);

/** One pace for the whole container: the configured messages per second. */
let policyOnce: SendPolicy | undefined;
function sendPolicy(): SendPolicy {
  if (policyOnce) return policyOnce;
  const cfg = config();
  const limiter = rateLimiter(cfg.SMS_RATE_PER_SECOND);
  policyOnce = {
    budget: (orgId) => takeSmsBudget(orgId, budgetDay(), cfg.SMS_DAILY_BUDGET),
    // The day is read again: a refund seconds after Beijing midnight lands on the new day.
    refund: (orgId) => refundSmsBudget(orgId, budgetDay()),
    pace: () => limiter.take(),
  };
  return policyOnce;
}

/** Margin past this invocation's deadline before its claims may be taken again (clock skew). */
const LEASE_MARGIN_MS = 2_000;

/**
 * DynamoDB stream worker: new outbox items are sent through the SMS port. Refused sends are
 * recorded on the item; a send that may succeed later (provider throttling or 5xx, a store
 * error before sending) fails the record, reported as a partial batch failure, so the
 * stream retries it (then the DLQ). Claims last until this invocation's deadline: a retry
 * after a timeout finds them run out and sends.
 */
export async function handler(event: DynamoDBStreamEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<DynamoDBBatchResponse> {
  const deadline = Date.now() + (context?.getRemainingTimeInMillis() ?? CLAIM_LEASE_MS) + LEASE_MARGIN_MS;
  const records = event.Records.filter(
    (r) => r.eventName === 'INSERT' && String(r.dynamodb?.Keys?.pk?.S ?? '').startsWith(keys.outboxPrefix),
  );
  const sms = smsFromConfig();
  const policy: SendPolicy = { ...sendPolicy(), leaseUntil: () => deadline };
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
