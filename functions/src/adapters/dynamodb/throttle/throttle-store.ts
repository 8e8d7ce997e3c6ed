import { BatchGetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';

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
export function recordFailure(subjects: ThrottleSubject[], windowMs: number, now: number): Promise<void> {
  return addToWindow(subjects, windowMs, now, 1);
}

/**
 * Counts an attempt before it is checked: one atomic ADD per subject on the current window,
 * read back (UPDATED_NEW), plus one BatchGet for the previous windows. Returns each subject's
 * attempts including this one, so parallel attempts each see a distinct count and no more
 * than the limit get through.
 */
export async function countAttempt(subjects: ThrottleSubject[], windowMs: number, now: number): Promise<number[]> {
  const w = Math.floor(now / windowMs);
  const ttl = Math.ceil((now + 2 * windowMs) / 1000);
  const previous = ddb().send(
    new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: subjects.map((s) => keys.throttle(s.kind, s.value, w - 1)) } } }),
  );
  const current = subjects.map((s) =>
    ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.throttle(s.kind, s.value, w),
        UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': ttl },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  const [prev, ...updated] = await Promise.all([previous, ...current]);
  const items = prev.Responses?.[tableName()] ?? [];
  return subjects.map((s, i) => {
    const key = keys.throttle(s.kind, s.value, w - 1);
    const before = Number(items.find((item) => item.pk === key.pk && item.sk === key.sk)?.count ?? 0);
    return before + Number(updated[i]?.Attributes?.count ?? 1);
  });
}

/** Takes back an attempt counted at `now` that turned out right, so only failures remain counted. */
export function forgetAttempt(subjects: ThrottleSubject[], windowMs: number, now: number): Promise<void> {
  return addToWindow(subjects, windowMs, now, -1);
}

/** Adds `delta` to each subject's counter for the window of `now`, in one transaction. */
async function addToWindow(subjects: ThrottleSubject[], windowMs: number, now: number, delta: number): Promise<void> {
  const w = Math.floor(now / windowMs);
  const ttl = Math.ceil((now + 2 * windowMs) / 1000);
  await ddb().send(
    new TransactWriteCommand({
      TransactItems: subjects.map((s) => ({
        Update: {
          TableName: tableName(),
          Key: keys.throttle(s.kind, s.value, w),
          UpdateExpression: 'ADD #count :delta SET #ttl = :ttl',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':delta': delta, ':ttl': ttl },
        },
      })),
    }),
  );
}
