import { BatchGetCommand, type BatchGetCommandOutput, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { resourceBrowseKeys, titleKey } from '@trellis/shared/data/keys-resources';
import type { Page } from '@trellis/shared/orgs/org';
import type { ResourceCounts, ResourceRecord, ResourceStatus } from '@trellis/shared/resources/schemas';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import { transact, type GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

export function toResource(item: Record<string, unknown>): ResourceRecord {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, gsi3pk: _h, gsi3sk: _i, entity: _g, titleKey: _t, ...rest } = item;
  return rest as unknown as ResourceRecord;
}

/**
 * Stores a new resource and, in the same transaction, claims the uploads it is made of
 * (`claims`, see upload-claim.ts), so an upload backs at most one resource.
 */
export async function putResource(r: ResourceRecord, claims: GuardedItem[] = []): Promise<void> {
  await transact([
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.resource(r.id), ...keys.resourcesBySchool(r.schoolId, r.status, r.createdAt, r.id), entity: 'resource', titleKey: titleKey(r.title), ...r },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('resource.exists'),
    },
    ...claims,
  ]);
}

/** The resource and its counters: one Query on its partition. */
export async function getResourceWithCounts(id: string): Promise<{ resource: ResourceRecord; counts: ResourceCounts } | null> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.resourcePartition(id) },
      ConsistentRead: true,
    }),
  );
  const items = res.Items ?? [];
  const main = items.find((i) => i.sk === 'RES');
  if (!main) return null;
  const counts = items.find((i) => i.sk === 'COUNTS');
  return { resource: toResource(main), counts: { views: Number(counts?.views ?? 0), downloads: Number(counts?.downloads ?? 0) } };
}

export function listSchoolResources(schoolId: string, status: ResourceStatus, cursor?: string): Promise<Page<ResourceRecord>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND begins_with(gsi1sk, :s)',
      ExpressionAttributeValues: { ':p': keys.resourcesBySchoolPartition(schoolId), ':s': `${status}#` },
      ScanIndexForward: false,
      Limit: 20,
    },
    cursor,
    toResource,
  );
}

/**
 * Counts one view or download, atomically; returns the new counters. A view then files the
 * new count in the most-viewed index, only if no later view got there first (the last view's
 * write always succeeds, so the index ends exact) and only while the work is listed.
 */
export async function countResource(id: string, field: 'views' | 'downloads'): Promise<ResourceCounts> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.resourceCounts(id),
      UpdateExpression: 'ADD #f :one',
      ExpressionAttributeNames: { '#f': field },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const counts = { views: Number(res.Attributes?.views ?? 0), downloads: Number(res.Attributes?.downloads ?? 0) };
  if (field === 'views' && res.Attributes?.gsi3pk) await rankViews(id, counts.views);
  return counts;
}

async function rankViews(id: string, views: number): Promise<void> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.resourceCounts(id),
        UpdateExpression: 'SET gsi3sk = :sk',
        ConditionExpression: '#views = :n AND attribute_exists(gsi3pk)',
        ExpressionAttributeNames: { '#views': 'views' },
        ExpressionAttributeValues: { ':sk': resourceBrowseKeys.mostViewed(views, id).gsi3sk, ':n': views },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Published counts of schools in one school year (BatchGets of 100, unprocessed keys asked again). */
export async function publishedCounts(schoolIds: string[], year: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < schoolIds.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = schoolIds.slice(i, i + 100).map((id) => keys.resourceQuota(id, year));
    while (pending?.length) {
      const res: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      for (const item of res.Responses?.[tableName()] ?? []) out.set(String(item.pk).split('#')[1] ?? '', Number(item.published ?? 0));
      pending = res.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return out;
}
