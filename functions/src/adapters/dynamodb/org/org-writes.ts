import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys, ROOT_PARENT } from '@trellis/shared/data/keys';
import type { Org, OrgContact } from '@trellis/shared/orgs/org';
import type { OrgStatus, OrgType } from '@trellis/shared/orgs/org-types';
import { ddb, tableName } from '../table/client';
import { toOrg } from './org-store';
import { transact } from '../table/transact';
import { Conflict } from '../../../errors';

export interface OrgChanges {
  name?: string;
  type?: OrgType;
  region?: string;
  intro?: string;
  contact?: OrgContact;
}

function updateParts(changes: OrgChanges, org: Org) {
  const sets = ['version = version + :one', 'updatedAt = :now'];
  const values: Record<string, unknown> = { ':one': 1, ':now': new Date().toISOString() };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    sets.push(`#${field} = :${field}`);
    values[`:${field}`] = value;
  }
  if (changes.name !== undefined) {
    const k1 = keys.orgChildren(org.parentId, changes.name, org.id);
    const k3 = keys.orgByName(changes.name, org.id);
    sets.push('gsi1sk = :gsi1sk', 'gsi3sk = :gsi3sk');
    values[':gsi1sk'] = k1.gsi1sk;
    values[':gsi3sk'] = k3.gsi3sk;
  }
  const names = Object.fromEntries(
    Object.keys(changes).filter((f) => changes[f as keyof OrgChanges] !== undefined).map((f) => [`#${f}`, f]),
  );
  return { sets, values, names };
}

/**
 * Updates an org if its version is still `expectedVersion` (optimistic concurrency).
 * A rename moves the "name under parent" guard in the same transaction.
 */
export async function updateOrg(org: Org, expectedVersion: number, changes: OrgChanges): Promise<void> {
  const { sets, values, names } = updateParts(changes, org);
  const update = {
    TableName: tableName(),
    Key: keys.org(org.id),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: 'version = :expected',
    ExpressionAttributeValues: { ...values, ':expected': expectedVersion },
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
  };
  const renamed = changes.name !== undefined && changes.name !== org.name;
  if (!renamed) {
    try {
      await ddb().send(new UpdateCommand(update));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new Conflict('conflict.version');
      throw error;
    }
    return;
  }
  const parent = org.parentId ?? ROOT_PARENT;
  await transact([
    { item: { Update: update }, onConditionFailed: () => new Conflict('conflict.version') },
    { item: { Delete: { TableName: tableName(), Key: keys.orgName(parent, org.name) } } },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.orgName(parent, changes.name ?? org.name), orgId: org.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('name.taken'),
    },
  ]);
}

/** Disables or re-enables an org; returns the new state. Idempotent. */
export async function setOrgStatus(orgId: string, status: OrgStatus, by: string, reason: string): Promise<Org> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.org(orgId),
      UpdateExpression:
        'SET #status = :status, statusReason = :reason, statusBy = :by, updatedAt = :now, version = version + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': status, ':reason': reason, ':by': by, ':now': new Date().toISOString(), ':one': 1,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toOrg(res.Attributes ?? {});
}

/**
 * Moves an org's site address in one transaction: the org's slug (condition: `expectedVersion`)
 * and the new slug's guard (free, or already one of this org's former addresses). The old guard
 * is kept: it still names the org, so the old address resolves and the web redirects it.
 */
export async function changeOrgSlug(org: Org, expectedVersion: number, slug: string): Promise<void> {
  const table = tableName();
  await transact([
    {
      item: {
        Update: {
          TableName: table, Key: keys.org(org.id),
          UpdateExpression: 'SET slug = :slug, version = version + :one, updatedAt = :now',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':slug': slug, ':one': 1, ':now': new Date().toISOString(), ':expected': expectedVersion },
        },
      },
      onConditionFailed: () => new Conflict('conflict.version'),
    },
    {
      item: {
        Put: {
          TableName: table, Item: { ...keys.slug(slug), orgId: org.id, orgPath: org.path },
          ConditionExpression: 'attribute_not_exists(pk) OR orgId = :me', ExpressionAttributeValues: { ':me': org.id },
        },
      },
      onConditionFailed: () => new Conflict('slug.taken'),
    },
  ]);
}
