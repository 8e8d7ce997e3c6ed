import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from '../table/client';
import { putIfAbsent } from '../table/put-if-absent';

/** Conditional puts in flight at once. */
const IN_FLIGHT = 10;

async function storedKeys(items: Record<string, unknown>[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < items.length; i += 100) {
    let pending: Record<string, unknown>[] = items.slice(i, i + 100).map((item) => ({ pk: item.pk, sk: item.sk }));
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({
        RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true, ProjectionExpression: 'pk, sk' } },
      }));
      for (const item of res.Responses?.[tableName()] ?? []) found.add(`${String(item.pk)}|${String(item.sk)}`);
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/**
 * Writes the outbox items (fixed ids) that are not stored yet, each with
 * `attribute_not_exists(pk)`: a rerun of a fan-out that died half-way (or a resumed publish)
 * adds only what is missing. An existing item is never rewritten, so one already sent keeps
 * its status, and no second INSERT reaches the worker (which acts on INSERTs only). Those
 * already stored are found first with BatchGetItem (100 keys a request). Returns how many
 * items were written.
 */
export async function putMissingOutboxItems(items: Record<string, unknown>[]): Promise<number> {
  const stored = await storedKeys(items);
  const missing = items.filter((item) => !stored.has(`${String(item.pk)}|${String(item.sk)}`));
  let next = 0;
  let written = 0;
  const lane = async () => {
    while (next < missing.length) {
      const item = missing[next++] as Record<string, unknown>;
      if (await putIfAbsent(item)) written += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, missing.length) }, lane));
  return written;
}
