import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { resourceBrowseKeys, titleKey } from '@trellis/shared/data/keys-resources';
import type { Page } from '@trellis/shared/orgs/org';
import type { ResourceCategory, ResourceRecord, ResourceSort } from '@trellis/shared/resources/schemas';
import type { ResourceSubject } from '@trellis/shared/resources/subjects';
import { ddb, tableName } from '../table/client';
import { filteredPage } from '../table/filtered-page';
import { toResource } from './resource-store';

export interface BrowseFilter {
  path: string;
  category?: ResourceCategory;
  subject?: ResourceSubject;
  schoolId?: string;
  q?: string;
}

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

/** Newest first (or most viewed first) through one GSI3 partition, filtered. */
function walk(partition: string, f: BrowseFilter, cursor: string | undefined) {
  const { FilterExpression, values } = filterOf(f);
  return filteredPage(
    { IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :p', FilterExpression, ExpressionAttributeValues: { ':p': partition, ...values }, ScanIndexForward: false },
    ['pk', 'sk', 'gsi3pk', 'gsi3sk'],
    cursor,
  );
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
