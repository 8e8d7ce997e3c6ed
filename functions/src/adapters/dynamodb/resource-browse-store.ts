import { BatchGetCommand, type BatchGetCommandOutput, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { resourceBrowseKeys, titleKey } from '@trellis/shared/data/keys-resources';
import type { Page } from '@trellis/shared/org/org';
import type { ResourceCategory, ResourceSort } from '@trellis/shared/resources/schemas';
import type { ResourceSubject } from '@trellis/shared/resources/subjects';
import { ddb, tableName } from './client';
import { decodeCursor, encodeCursor } from './cursor';
import type { ResourceRecord } from './resource-store';

export interface BrowseFilter {
  path: string;
  category?: ResourceCategory;
  subject?: ResourceSubject;
  schoolId?: string;
  q?: string;
}

export const BROWSE_PAGE = 20;
/** Index items read per Query round, and rounds per page: bounds the cost of a selective filter. */
const ROUND = 100;
const MAX_ROUNDS = 5;

function filterOf(f: BrowseFilter) {
  const parts = ['begins_with(schoolPath, :path)'];
  const values: Record<string, string> = { ':path': f.path };
  const add = (expr: string, name: string, value: string | undefined) => {
    if (!value) return;
    parts.push(expr);
    values[name] = value;
  };
  add('category = :c', ':c', f.category);
  add('subject = :s', ':s', f.subject);
  add('schoolId = :school', ':school', f.schoolId);
  add('contains(titleKey, :q)', ':q', f.q ? titleKey(f.q) : undefined);
  return { FilterExpression: parts.join(' AND '), values };
}

const indexKey = (i: Record<string, unknown>) => ({ pk: i.pk, sk: i.sk, gsi3pk: i.gsi3pk, gsi3sk: i.gsi3sk });

/**
 * Walks one browse index from the highest sort key down, filtering, until a page is full, the
 * index ends, or MAX_ROUNDS Queries were spent (then a short page with a cursor is returned).
 * The cursor is the index key of the last item handed out, so nothing is skipped.
 */
async function walk(partition: string, f: BrowseFilter, cursor: string | undefined): Promise<Page<Record<string, unknown>>> {
  const { FilterExpression, values } = filterOf(f);
  const found: Record<string, unknown>[] = [];
  let start = decodeCursor(cursor);
  for (let round = 0; round < MAX_ROUNDS && found.length < BROWSE_PAGE; round++) {
    const res = await ddb().send(
      new QueryCommand({
        TableName: tableName(), IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :p', FilterExpression,
        ExpressionAttributeValues: { ':p': partition, ...values }, ScanIndexForward: false, Limit: ROUND, ExclusiveStartKey: start,
      }),
    );
    const items = res.Items ?? [];
    const room = BROWSE_PAGE - found.length;
    found.push(...items.slice(0, room));
    if (items.length > room) return { items: found, cursor: encodeCursor(indexKey(found.at(-1)!)) };
    start = res.LastEvaluatedKey;
    if (!start) return { items: found, cursor: null };
  }
  return { items: found, cursor: encodeCursor(start) };
}

function toResource(item: Record<string, unknown>): ResourceRecord {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, gsi3pk: _h, gsi3sk: _i, entity: _g, titleKey: _t, ...rest } = item;
  return rest as unknown as ResourceRecord;
}

/** Resources by id in the given order (one BatchGet of at most a page). */
async function resourcesInOrder(ids: string[]): Promise<ResourceRecord[]> {
  if (ids.length === 0) return [];
  const byId = new Map<string, ResourceRecord>();
  let pending: Record<string, unknown>[] | undefined = ids.map((id) => keys.resource(id));
  while (pending?.length) {
    const res: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
    for (const i of res.Responses?.[tableName()] ?? []) byId.set(String(i.id), toResource(i));
    pending = res.UnprocessedKeys?.[tableName()]?.Keys;
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Published works matching the filter. Newest: one index of the resource items themselves.
 * Most viewed: the index of the counter items, then one BatchGet of the page's resources.
 */
export async function browseResources(f: BrowseFilter, sort: ResourceSort, cursor?: string): Promise<Page<ResourceRecord>> {
  if (sort === 'newest') {
    const page = await walk(resourceBrowseKeys.newestPartition, f, cursor);
    return { items: page.items.map(toResource), cursor: page.cursor };
  }
  const page = await walk(resourceBrowseKeys.mostViewedPartition, f, cursor);
  return { items: await resourcesInOrder(page.items.map((i) => String(i.resourceId))), cursor: page.cursor };
}
