import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { keys } from '@trellis/shared/data/keys';
import type { OutboxMessage } from '../adapters/dynamodb/outbox-store';
import { smsFromConfig } from '../adapters/sms/sms-from-config';
import { sendOutboxMessage, withConcurrency } from './send-outbox';

const CONCURRENCY = Number(process.env.SMS_CONCURRENCY ?? 4);

/**
 * DynamoDB stream worker: new outbox items are sent through the SMS port. Failed sends are
 * recorded on the item; only unexpected errors fail the record (retried, then the DLQ).
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const records = event.Records.filter(
    (r) => r.eventName === 'INSERT' && String(r.dynamodb?.Keys?.pk?.S ?? '').startsWith(keys.outboxPrefix),
  );
  const sms = smsFromConfig();
  const outcomes = await withConcurrency(records, CONCURRENCY, async (record) => {
    try {
      const image = unmarshall((record.dynamodb?.NewImage ?? {}) as Record<string, AttributeValue>) as OutboxMessage;
      await sendOutboxMessage(sms, image);
      return null;
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', worker: 'outbox', error: String(error) }));
      return record.dynamodb?.SequenceNumber ?? null;
    }
  });
  return { batchItemFailures: outcomes.flatMap((id) => (id ? [{ itemIdentifier: id }] : [])) };
}
