import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import { addCounters, TOTALS_SHARDS } from '@trellis/shared/reporting/totals';
import { ddb, tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';

/**
 * Region counters (progress by state, totals of approved reports), sharded: each shard has
 * its own partition key. Writes ADD deltas inside the transition's transaction; reading a
 * region is one BatchGetItem of its shards.
 */
export type CounterKind = 'progress' | 'totals';

const keyOf = (kind: CounterKind, roundId: string, regionId: string, shard: number) =>
  kind === 'progress' ? reportingKeys.regionProgress(roundId, regionId, shard) : reportingKeys.regionTotals(roundId, regionId, shard);

/** One transaction item adding `deltas` to a region's shard (zero deltas left out). */
export function addToCounter(kind: CounterKind, roundId: string, regionId: string, shard: number, deltas: Record<string, number>): GuardedItem | null {
  const entries = Object.entries(deltas).filter(([, v]) => v !== 0);
  if (entries.length === 0) return null;
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const parts = entries.map(([k, v], i) => {
    names[`#a${i}`] = k;
    values[`:a${i}`] = v;
    return `#a${i} :a${i}`;
  });
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keyOf(kind, roundId, regionId, shard),
        UpdateExpression: `ADD ${parts.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

/** A shard's counters set outright (round opening, in batches: idempotent when retried). */
export function counterItem(kind: CounterKind, roundId: string, regionId: string, shard: number, counters: Record<string, number>): Record<string, unknown> {
  return { ...keyOf(kind, roundId, regionId, shard), entity: `report${kind}`, ...counters };
}

const strip = (item: Record<string, unknown>) => {
  const { pk: _a, sk: _b, entity: _c, ...rest } = item;
  return rest;
};

/**
 * The summed counters of several regions: BatchGetItem over all their shards (100 keys per
 * request; one request for a region's progress and totals, 16 keys). Unprocessed keys are re-sent.
 */
export async function readCounters(kind: CounterKind | 'both', roundId: string, regionIds: string[]): Promise<Map<string, { progress: Record<string, number>; totals: Record<string, number> }>> {
  const kinds: CounterKind[] = kind === 'both' ? ['progress', 'totals'] : [kind];
  const out = new Map(regionIds.map((id) => [id, { progress: {} as Record<string, number>, totals: {} as Record<string, number> }]));
  const owner = new Map<string, { regionId: string; kind: CounterKind }>();
  const all: Record<string, unknown>[] = [];
  for (const regionId of regionIds) {
    for (const k of kinds) {
      for (let s = 0; s < TOTALS_SHARDS; s++) {
        const key = keyOf(k, roundId, regionId, s);
        owner.set(`${key.pk}|${key.sk}`, { regionId, kind: k });
        all.push(key);
      }
    }
  }
  for (let i = 0; i < all.length; i += 100) {
    let pending = all.slice(i, i + 100);
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      for (const item of res.Responses?.[tableName()] ?? []) {
        const who = owner.get(`${String(item.pk)}|${String(item.sk)}`);
        const into = who && out.get(who.regionId);
        if (who && into) addCounters(into[who.kind], strip(item));
      }
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return out;
}
