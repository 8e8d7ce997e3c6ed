import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys, normalizeName, ROOT_PARENT } from '@trellis/shared/data/keys';
import type { Org, Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import type { GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

/** Access patterns for organizations; one method per pattern. */

/** DynamoDB answers at most 100 keys per BatchGetItem. */
const BATCH_GET_LIMIT = 100;

const ORG_FIELDS = [
  'id', 'name', 'type', 'parentId', 'path', 'slug', 'status', 'region', 'code', 'intro', 'contact', 'createdAt', 'version',
  'siteStatus', 'siteSettings',
] as const;

export function toOrg(item: Record<string, unknown>): Org {
  const org = Object.fromEntries(ORG_FIELDS.map((f) => [f, item[f]])) as unknown as Org;
  org.parentId ??= null;
  org.code ??= null;
  org.intro ??= '';
  org.contact ??= { person: '', phone: '', email: '', address: '' };
  if (org.siteStatus === undefined) delete org.siteStatus;
  if (org.siteSettings === undefined) delete org.siteSettings;
  return org;
}

export function orgItem(org: Org): Record<string, unknown> {
  return {
    ...keys.org(org.id),
    ...keys.orgChildren(org.parentId, org.name, org.id),
    ...keys.orgTree(org.path),
    ...keys.orgByName(org.name, org.id),
    entity: 'org',
    ...org,
  };
}

/**
 * The org and its uniqueness guards (slug, name under the parent, code), for a transaction.
 * `reservedBy`: the application whose reservation of the slug the org's guard may replace.
 */
export function putOrgItems(org: Org, reservedBy?: string): GuardedItem[] {
  const table = tableName();
  const guard = (key: { pk: string; sk: string }, onFail: () => Conflict): GuardedItem => ({
    item: { Put: { TableName: table, Item: { ...key, orgId: org.id, orgPath: org.path }, ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: onFail,
  });
  const slugGuard: GuardedItem = reservedBy
    ? {
      item: {
        Put: {
          TableName: table, Item: { ...keys.slug(org.slug), orgId: org.id, orgPath: org.path },
          ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :app', ExpressionAttributeValues: { ':app': reservedBy },
        },
      },
      onConditionFailed: () => new Conflict('slug.taken'),
    }
    : guard(keys.slug(org.slug), () => new Conflict('slug.taken'));
  const items: GuardedItem[] = [
    {
      item: { Put: { TableName: table, Item: orgItem(org), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new Conflict('org.exists'),
    },
    slugGuard,
    guard(keys.orgName(org.parentId ?? ROOT_PARENT, org.name), () => new Conflict('name.taken')),
  ];
  if (org.code) items.push(guard(keys.orgCode(org.code), () => new Conflict('code.taken')));
  return items;
}

export async function getOrg(id: string): Promise<Org | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.org(id) }));
  return res.Item ? toOrg(res.Item) : null;
}

/**
 * Loads several orgs: one BatchGetItem per 100 ids (DynamoDB's limit per request), retrying
 * UnprocessedKeys until every key is answered.
 */
export async function getOrgs(ids: string[]): Promise<Map<string, Org>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Org>();
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET_LIMIT).map((id) => keys.org(id));
    while (pending.length > 0) {
      const res = await ddb().send(
        new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }),
      );
      for (const item of res.Responses?.[tableName()] ?? []) found.set(String(item.id), toOrg(item));
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/** Children of an org (or of the root when `parentId` is 'root'), sorted by name. One Query. */
export function listChildOrgs(parentId: string, cursor?: string, limit = 20): Promise<Page<Org>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.orgChildrenPartition(parentId) },
      Limit: limit,
    },
    cursor,
    toOrg,
  );
}

/**
 * Everything under an org (the org itself excluded), in path order. One Query: the range
 * starts just after the org's own path (`!` sorts below every id character).
 */
export function listSubtreeOrgs(path: string, cursor?: string, limit = 20): Promise<Page<Org>> {
  return queryPage(
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p AND gsi2sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':p': keys.orgTreePartition, ':from': `${path}!`, ':to': `${path}\uffff` },
      Limit: limit,
    },
    cursor,
    toOrg,
  );
}

/** Orgs whose normalized name starts with `prefix`. One Query. */
export async function searchOrgsByName(prefix: string, limit = 20): Promise<Org[]> {
  const page = await queryPage(
    {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :p AND begins_with(gsi3sk, :n)',
      ExpressionAttributeValues: { ':p': keys.orgByNamePartition, ':n': normalizeName(prefix) },
      Limit: limit,
    },
    undefined,
    toOrg,
  );
  return page.items;
}

async function orgIdByGuard(key: { pk: string; sk: string }): Promise<string | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: key }));
  return res.Item ? String(res.Item.orgId) : null;
}

export function findOrgIdByCode(code: string): Promise<string | null> {
  return orgIdByGuard(keys.orgCode(code));
}

/** What holds a slug: an org (its own, or a former address that redirects), or a pending application's reservation. */
export async function slugHolder(slug: string): Promise<{ orgId: string; orgPath: string | null } | { applicationId: string } | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.slug(slug) }));
  if (!res.Item) return null;
  if (typeof res.Item.orgId !== 'string') return { applicationId: String(res.Item.applicationId) };
  return { orgId: res.Item.orgId, orgPath: typeof res.Item.orgPath === 'string' ? res.Item.orgPath : null };
}

/** The org a slug belongs to, with its (immutable) path: enough to load its whole chain at once. */
export async function findOrgBySlug(slug: string): Promise<{ orgId: string; orgPath: string | null } | null> {
  const holder = await slugHolder(slug);
  return holder && 'orgId' in holder ? holder : null;
}

/** The first of `slugs` that nothing holds yet (one BatchGet), or null. */
export async function firstFreeSlug(slugs: string[]): Promise<string | null> {
  if (slugs.length === 0) return null;
  const res = await ddb().send(new BatchGetCommand({
    RequestItems: { [tableName()]: { Keys: slugs.map((s) => keys.slug(s)), ProjectionExpression: 'pk' } },
  }));
  const held = new Set((res.Responses?.[tableName()] ?? []).map((item) => String(item.pk)));
  return slugs.find((s) => !held.has(keys.slug(s).pk)) ?? null;
}

export function findOrgIdByName(parentId: string, name: string): Promise<string | null> {
  return orgIdByGuard(keys.orgName(parentId, name));
}
