import { BatchGetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import { resourceBrowseKeys, titleKey } from '@trellis/shared/data/keys-resources';
import type { Page } from '@trellis/shared/org/org';
import type { ResourceDecision, ResourceStatus, ResourceView } from '@trellis/shared/resources/schemas';
import { ddb, tableName } from './client';
import { queryPage } from './query-all';
import { transact, type GuardedItem } from './transact';
import { Conflict } from '../../errors';

/** A resource as stored: the view plus where its file is and the school's path. */
export interface ResourceRecord extends ResourceView {
  schoolPath: string;
  uploadKey: string;
  coverKey: string | null;
}

export interface ResourceCounts {
  views: number;
  downloads: number;
}

export function toResource(item: Record<string, unknown>): ResourceRecord {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, gsi3pk: _h, gsi3sk: _i, entity: _g, titleKey: _t, ...rest } = item;
  return rest as unknown as ResourceRecord;
}

export async function putResource(r: ResourceRecord): Promise<void> {
  await ddb().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.resource(r.id), ...keys.resourcesBySchool(r.schoolId, r.status, r.createdAt, r.id), entity: 'resource', titleKey: titleKey(r.title), ...r },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
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

/**
 * Moves a resource from one status to another, once (the condition makes two reviewers or
 * a reviewer and a takedown race safely), appending the decision to its trail. Publishing
 * adds it to the library's indexes (newest and most viewed, GSI3) and counts it against the school's yearly quota.
 */
export async function moveResource(r: ResourceRecord, from: ResourceStatus, to: ResourceStatus, decision: ResourceDecision): Promise<void> {
  const publish = to === 'published';
  const at = decision.at;
  const byStatus = keys.resourcesBySchool(r.schoolId, to, r.createdAt, r.id);
  const newest = resourceBrowseKeys.newest(r.publishedAt ?? at, r.id);
  const items: GuardedItem[] = [
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.resource(r.id),
          UpdateExpression: `SET #status = :to, trail = list_append(trail, :d), gsi1sk = :g1, version = version + :one${
            publish ? ', publishedAt = :at, gsi3pk = :g3pk, gsi3sk = :g3sk' : ''
          }${to === 'taken_down' ? ' REMOVE gsi3pk, gsi3sk' : ''}`,
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':to': to, ':from': from, ':d': [decision], ':g1': byStatus.gsi1sk, ':one': 1,
            ...(publish ? { ':at': r.publishedAt ?? at, ':g3pk': newest.gsi3pk, ':g3sk': newest.gsi3sk } : {}),
          },
        },
      },
      onConditionFailed: () => new Conflict('resource.already_decided'),
    },
  ];
  if (publish) {
    items.push({
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.resourceQuota(r.schoolId, r.schoolYear),
          UpdateExpression: 'ADD published :one',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
    });
    items.push({ item: { Update: enterMostViewed(r) } });
  }
  if (to === 'taken_down') {
    items.push({ item: { Update: { TableName: tableName(), Key: keys.resourceCounts(r.id), UpdateExpression: 'REMOVE gsi3pk, gsi3sk' } } });
  }
  await transact(items);
}

/**
 * On publishing, the counter item enters the most-viewed index (at zero views: nothing is
 * counted before publishing) with copies of the fields the library filters on.
 */
function enterMostViewed(r: ResourceRecord) {
  const rank = resourceBrowseKeys.mostViewed(0, r.id);
  return {
    TableName: tableName(),
    Key: keys.resourceCounts(r.id),
    UpdateExpression:
      'SET #views = if_not_exists(#views, :zero), downloads = if_not_exists(downloads, :zero), gsi3pk = :pk, gsi3sk = :sk, ' +
      'resourceId = :id, schoolPath = :path, schoolId = :school, category = :c, subject = :s, titleKey = :t',
    ExpressionAttributeNames: { '#views': 'views' },
    ExpressionAttributeValues: {
      ':zero': 0, ':pk': rank.gsi3pk, ':sk': rank.gsi3sk, ':id': r.id, ':path': r.schoolPath, ':school': r.schoolId,
      ':c': r.category, ':s': r.subject, ':t': titleKey(r.title),
    },
  };
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

/** Published counts of schools in one school year (BatchGets of 100). */
export async function publishedCounts(schoolIds: string[], year: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < schoolIds.length; i += 100) {
    const res = await ddb().send(
      new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: schoolIds.slice(i, i + 100).map((id) => keys.resourceQuota(id, year)) } } }),
    );
    for (const item of res.Responses?.[tableName()] ?? []) out.set(String(item.pk).split('#')[1] ?? '', Number(item.published ?? 0));
  }
  return out;
}
