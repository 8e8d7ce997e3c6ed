import { BatchGetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from './client';

/**
 * Failure counters in fixed windows; a sliding window is approximated by the current and
 * the previous window. Counters expire with the table's TTL.
 */
export interface ThrottleSubject {
  kind: 'login' | 'ip' | 'sms' | 'apply';
  value: string;
}

export async function countRecent(subjects: ThrottleSubject[], windowMs: number, now: number): Promise<number[]> {
  const w = Math.floor(now / windowMs);
  const keyList = subjects.flatMap((s) => [keys.throttle(s.kind, s.value, w), keys.throttle(s.kind, s.value, w - 1)]);
  const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keyList } } }));
  const items = res.Responses?.[tableName()] ?? [];
  const countOf = (k: { pk: string; sk: string }) =>
    Number(items.find((i) => i.pk === k.pk && i.sk === k.sk)?.count ?? 0);
  return subjects.map((s) => countOf(keys.throttle(s.kind, s.value, w)) + countOf(keys.throttle(s.kind, s.value, w - 1)));
}

/** Adds one failure to each subject's current window, atomically, in one request. */
export async function recordFailure(subjects: ThrottleSubject[], windowMs: number, now: number): Promise<void> {
  const w = Math.floor(now / windowMs);
  const ttl = Math.ceil((now + 2 * windowMs) / 1000);
  await ddb().send(
    new TransactWriteCommand({
      TransactItems: subjects.map((s) => ({
        Update: {
          TableName: tableName(),
          Key: keys.throttle(s.kind, s.value, w),
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': ttl },
        },
      })),
    }),
  );
}
