import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, tableName } from './client';

type Key = { pk: string; sk: string };
export const keyId = (k: Key): string => `${k.pk}|${k.sk}`;

/**
 * Reads any keys of the table with BatchGetItem (100 per request, unprocessed keys re-sent):
 * the items found, by `pk|sk`. Keys given twice are read once.
 */
export async function getMany(wanted: readonly Key[]): Promise<Map<string, Record<string, unknown>>> {
  const unique = [...new Map(wanted.map((k) => [keyId(k), { pk: k.pk, sk: k.sk }])).values()];
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + 100);
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      for (const item of res.Responses?.[tableName()] ?? []) found.set(keyId(item as Key), item);
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}
