import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts items in BatchWriteItem requests of 25, re-sending unprocessed items with backoff
 * until every item is stored, so a fan-out never silently loses items. Returns the number
 * of requests made.
 */
export async function putAll(items: Record<string, unknown>[]): Promise<number> {
  let requests = 0;
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await sleep(Math.min(1000, 20 * 2 ** attempt));
      const res = await ddb().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
      requests += 1;
      pending = (res.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
    }
  }
  return requests;
}
