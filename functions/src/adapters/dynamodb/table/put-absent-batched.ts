import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';

/** TransactWriteItems takes at most 100 items. */
export const PUTS_PER_TRANSACTION = 100;
const MAX_CONFLICT_RETRIES = 6;
const BACKOFF_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stores each item unless one with its key exists, 100 to a TransactWriteItems request: every
 * Put carries `attribute_not_exists(pk)`, so an item that appeared after the caller looked
 * (a concurrent run wrote it, the worker already sent it) is never overwritten, as BatchWriteItem
 * (no conditions) would do. A transaction cancelled because some items exist is sent again
 * without them; one cancelled by a concurrent transaction is retried with backoff. Returns
 * how many items were written (those found existing are left as they are).
 */
export async function putAbsentBatched(items: Record<string, unknown>[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < items.length; i += PUTS_PER_TRANSACTION) {
    let pending = items.slice(i, i + PUTS_PER_TRANSACTION);
    for (let conflicts = 0; pending.length > 0;) {
      try {
        await ddb().send(new TransactWriteCommand({
          TransactItems: pending.map((Item) => ({ Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
        }));
        written += pending.length;
        pending = [];
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        const existing = new Set(reasons.flatMap((r, index) => (r.Code === 'ConditionalCheckFailed' ? [index] : [])));
        if (existing.size > 0) {
          pending = pending.filter((_, index) => !existing.has(index));
          continue;
        }
        if (conflicts++ >= MAX_CONFLICT_RETRIES) throw error;
        await sleep(BACKOFF_MS * 2 ** conflicts * Math.random());
      }
    }
  }
  return written;
}
