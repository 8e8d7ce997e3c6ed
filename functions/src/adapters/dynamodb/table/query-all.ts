import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from './client';
import { decodeCursor, encodeCursor } from './cursor';

type Input = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Select'>;

/** Every item of a Query, following LastEvaluatedKey (for work that needs all of them, not a page). */
export async function queryAll(input: Input): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(new QueryCommand({ TableName: tableName(), ...input, ExclusiveStartKey: start }));
    items.push(...(res.Items ?? []));
    start = res.LastEvaluatedKey;
  } while (start);
  return items;
}

/** How many items a Query matches (Select COUNT: no items read back), over all pages. */
export async function countAll(input: Input): Promise<number> {
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(new QueryCommand({ TableName: tableName(), ...input, Select: 'COUNT', ExclusiveStartKey: start }));
    total += res.Count ?? 0;
    start = res.LastEvaluatedKey;
  } while (start);
  return total;
}

/** One page of a Query and the opaque cursor of the next (null at the end). */
export async function queryPage<T>(input: Input, cursor: string | undefined, toItem: (item: Record<string, unknown>) => T): Promise<Page<T>> {
  const res = await ddb().send(new QueryCommand({ TableName: tableName(), ...input, ExclusiveStartKey: decodeCursor(cursor, input) }));
  return { items: (res.Items ?? []).map(toItem), cursor: encodeCursor(res.LastEvaluatedKey, input) };
}
