import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys, ROOT_PARENT } from '@trellis/shared/data/keys';
import type { ApplicationStatus, ApplicationView } from '@trellis/shared/applications/schemas';
import type { Page } from '@trellis/shared/orgs/org';
import type { ApplicationRecord } from '@trellis/shared/applications/application-record';
import { ddb, tableName } from '../table/client';
import { countAll, queryPage } from '../table/query-all';
import { transact, type GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

function applicationItem(app: ApplicationRecord): Record<string, unknown> {
  return {
    ...keys.application(app.id),
    ...keys.applicationsByStatus(app.status, app.parentPath, app.submittedAt, app.id),
    entity: 'application',
    ...app,
  };
}

export function toApplicationView(record: object): ApplicationView {
  const item = record as Record<string, unknown>;
  const { pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, entity: _e, parentPath: _p, adminPasswordHash: _h, ...view } = item;
  return view as unknown as ApplicationView;
}

/** A pending application's hold on its proposed site address (the org's guard replaces it on approval). */
function reserveSlug(app: ApplicationRecord): GuardedItem[] {
  if (!app.slug) return [];
  const item = { ...keys.slug(app.slug), applicationId: app.id };
  return [{
    item: { Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: () => new Conflict('slug.taken'),
  }];
}

/** Frees a rejected application's site address (only its own reservation). */
export function releaseSlugItem(app: ApplicationRecord): GuardedItem[] {
  if (!app.slug) return [];
  return [{
    item: {
      Delete: {
        TableName: tableName(), Key: keys.slug(app.slug),
        ConditionExpression: 'attribute_not_exists(pk) OR applicationId = :app', ExpressionAttributeValues: { ':app': app.id },
      },
    },
  }];
}

/** Stores a new application if the name, code and username are still free, and reserves its site address. */
export async function putApplication(app: ApplicationRecord): Promise<void> {
  const table = tableName();
  const free = (key: { pk: string; sk: string }, code: string): GuardedItem => ({
    item: { ConditionCheck: { TableName: table, Key: key, ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: () => new Conflict(code),
  });
  await transact(
    [
      { item: { Put: { TableName: table, Item: applicationItem(app), ConditionExpression: 'attribute_not_exists(pk)' } } },
      free(keys.orgName(app.parentId || ROOT_PARENT, app.name), 'name.taken'),
      free(keys.orgCode(app.code), 'code.taken'),
      free(keys.username(app.adminUsername), 'username.taken'),
      ...reserveSlug(app),
    ],
  );
}

export async function getApplication(id: string): Promise<ApplicationRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.application(id), ConsistentRead: true }));
  return res.Item ? (res.Item as unknown as ApplicationRecord) : null;
}

/** Applications with `status` whose parent is at or under `path`, oldest first. One Query. */
export function listApplications(
  status: ApplicationStatus,
  path: string,
  cursor?: string,
  limit = 20,
): Promise<Page<ApplicationView>> {
  return queryPage(
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
      ExpressionAttributeValues: { ':p': keys.applicationsPartition(status), ':path': path },
      Limit: limit,
    },
    cursor,
    toApplicationView,
  );
}

/** Number of pending applications at or under `path` (COUNT queries, no items read back). */
export function countPending(path: string): Promise<number> {
  return countAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
    ExpressionAttributeValues: { ':p': keys.applicationsPartition('pending'), ':path': path },
  });
}

/** The decision as a transaction item: only a pending application can be decided, once. */
export function decideApplicationItem(
  app: ApplicationRecord,
  status: Exclude<ApplicationStatus, 'pending'>,
  by: { id: string; name: string | null },
  reason: string,
  decidedAt: string,
  orgSlug: string | null,
): GuardedItem {
  const index = keys.applicationsByStatus(status, app.parentPath, app.submittedAt, app.id);
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.application(app.id),
        UpdateExpression:
          'SET #status = :status, decidedBy = :by, decidedByName = :byName, reason = :reason, decidedAt = :at, orgSlug = :slug, gsi2pk = :gpk, gsi2sk = :gsk, version = version + :one',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': status, ':by': by.id, ':byName': by.name, ':reason': reason || null, ':at': decidedAt, ':slug': orgSlug,
          ':gpk': index.gsi2pk, ':gsk': index.gsi2sk, ':pending': 'pending', ':one': 1,
        },
      },
    },
    onConditionFailed: () => new Conflict('application.already_decided'),
  };
}
