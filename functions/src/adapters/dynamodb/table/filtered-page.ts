import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from './client';
import { decodeCursor, encodeCursor } from './cursor';

type Input = Required<Pick<QueryCommandInput, 'IndexName' | 'KeyConditionExpression' | 'FilterExpression' | 'ExpressionAttributeValues'>> &
  Pick<QueryCommandInput, 'ScanIndexForward' | 'ExpressionAttributeNames'>;

export const FILTERED_PAGE_SIZE = 20;
/** Index items read per Query round, and rounds per page: bounds the cost of a selective filter. */
const ROUND = 100;
const MAX_ROUNDS = 5;

/**
 * One page of a filtered index Query: reads rounds of ROUND items until `size` match, the
 * index ends, or MAX_ROUNDS Queries were spent (then a short page with a cursor). When a
 * round matched more than fits, the cursor is the index key of the last item handed out
 * (`keyNames`: the table's and the index's key attributes), so nothing is skipped.
 */
export async function filteredPage(input: Input, keyNames: string[], cursor: string | undefined, size = FILTERED_PAGE_SIZE): Promise<Page<Record<string, unknown>>> {
  const found: Record<string, unknown>[] = [];
  const keyOf = (i: Record<string, unknown>) => Object.fromEntries(keyNames.map((k) => [k, i[k]]));
  let start = decodeCursor(cursor, input);
  for (let round = 0; round < MAX_ROUNDS && found.length < size; round++) {
    const res = await ddb().send(new QueryCommand({ TableName: tableName(), ...input, Limit: ROUND, ExclusiveStartKey: start }));
    const items = res.Items ?? [];
    const room = size - found.length;
    found.push(...items.slice(0, room));
    if (items.length > room) return { items: found, cursor: encodeCursor(keyOf(found.at(-1)!), input) };
    start = res.LastEvaluatedKey;
    if (!start) return { items: found, cursor: null };
  }
  return { items: found, cursor: encodeCursor(start, input) };
}
