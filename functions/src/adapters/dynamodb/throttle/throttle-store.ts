import { BatchGetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';
import { transact, type GuardedItem } from '../table/transact';

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

/** A subject of attempts counted before the check (login names, IPs, accounts changing a password). */
export interface AttemptSubject {
  kind: 'login' | 'ip';
  value: string;
}

const windowAttr = (w: number) => `w${w}`;

/**
 * Counts an attempt before it is checked: ONE UpdateItem per subject on its attempts item
 * (`keys.attempts`), which holds a counter per window: ADD to the current window, drop the
 * windows before the previous one, and read the item back (ALL_NEW), so the count of the current
 * and previous window comes with the write. Parallel attempts each see a distinct count, so no
 * more than the limit get through.
 */
export async function countAttempt(subjects: AttemptSubject[], windowMs: number, now: number): Promise<number[]> {
  const w = Math.floor(now / windowMs);
  const ttl = Math.ceil((now + 2 * windowMs) / 1000);
  const updated = await Promise.all(
    subjects.map((s) =>
      ddb().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.attempts(s.kind, s.value),
          UpdateExpression: 'ADD #cur :one SET #ttl = :ttl REMOVE #old2, #old3',
          ExpressionAttributeNames: { '#cur': windowAttr(w), '#old2': windowAttr(w - 2), '#old3': windowAttr(w - 3), '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': ttl },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    ),
  );
  return updated.map((res) => Number(res.Attributes?.[windowAttr(w)] ?? 1) + Number(res.Attributes?.[windowAttr(w - 1)] ?? 0));
}

/**
 * The transaction items that take back an attempt counted at `now` that turned out right (only
 * failures stay counted): the caller writes them with whatever else the success changes.
 */
export function forgetAttemptItems(subjects: AttemptSubject[], windowMs: number, now: number): GuardedItem[] {
  const w = Math.floor(now / windowMs);
  return subjects.map((s) => ({
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.attempts(s.kind, s.value),
        UpdateExpression: 'ADD #cur :minus',
        ExpressionAttributeNames: { '#cur': windowAttr(w) },
        ExpressionAttributeValues: { ':minus': -1 },
      },
    },
  }));
}

/** Takes back an attempt counted at `now` that turned out right, in one transaction. */
export async function forgetAttempt(subjects: AttemptSubject[], windowMs: number, now: number): Promise<void> {
  await transact(forgetAttemptItems(subjects, windowMs, now));
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
