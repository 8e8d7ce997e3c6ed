import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';

/** One thing whose sends are limited (an account, a client IP, a destination number). */
export interface SendLimit {
  kind: 'sms';
  value: string;
  /** Sends allowed over the current and the previous window together. */
  max: number;
}

/**
 * Takes one send from every subject's allowance, or none: each subject's counter in the
 * current window is raised by one conditional `ADD` that only succeeds below the limit, so
 * concurrent requests can never pass together what one could not (no check-then-act). The
 * previous window (closed, no longer counted up) is read first to approximate a sliding
 * window. When a later subject is over its limit, the ones already counted are given back.
 * Uses the same counters as throttle-store (keys.throttle).
 */
export async function takeSendAllowance(limits: SendLimit[], windowMs: number, now: number): Promise<boolean> {
  const w = Math.floor(now / windowMs);
  const previous = await previousCounts(limits, w - 1);
  const taken: SendLimit[] = [];
  for (const [i, limit] of limits.entries()) {
    const room = limit.max - (previous[i] ?? 0);
    if (room <= 0 || !(await countOne(limit, w, room, Math.ceil((now + 2 * windowMs) / 1000)))) {
      await Promise.all(taken.map((t) => giveBack(t, w)));
      return false;
    }
    taken.push(limit);
  }
  return true;
}

async function previousCounts(limits: SendLimit[], window: number): Promise<number[]> {
  const wanted = limits.map((l) => keys.throttle(l.kind, l.value, window));
  const found = new Map<string, number>();
  let pending: Record<string, unknown>[] = [...new Map(wanted.map((k) => [k.pk, k])).values()];
  while (pending.length > 0) {
    const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
    for (const item of res.Responses?.[tableName()] ?? []) found.set(String(item.pk), Number(item.count ?? 0));
    pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
  }
  return wanted.map((k) => found.get(k.pk) ?? 0);
}

async function countOne(limit: SendLimit, window: number, room: number, ttl: number): Promise<boolean> {
  return conditionHolds(ddb().send(new UpdateCommand({
      TableName: tableName(),
      Key: keys.throttle(limit.kind, limit.value, window),
      UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :room',
      ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': ttl, ':room': room },
    })));
}

async function giveBack(limit: SendLimit, window: number): Promise<void> {
  await conditionHolds(ddb().send(new UpdateCommand({
    TableName: tableName(),
    Key: keys.throttle(limit.kind, limit.value, window),
    UpdateExpression: 'ADD #count :minus',
    ConditionExpression: '#count > :zero',
    ExpressionAttributeNames: { '#count': 'count' },
    ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
  })));
}
