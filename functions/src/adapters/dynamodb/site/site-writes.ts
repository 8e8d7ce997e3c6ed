import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { Org, SiteSettings, SiteStatus } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { toOrg } from '../org/org-store';
import { Conflict } from '../../../errors';

/** Replaces the org's site settings if its version is still `expectedVersion`. */
export async function writeSiteSettings(orgId: string, expectedVersion: number, settings: SiteSettings): Promise<Org> {
  try {
    const res = await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.org(orgId),
        UpdateExpression: 'SET siteSettings = :s, updatedAt = :now, version = version + :one',
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':s': settings, ':now': new Date().toISOString(), ':one': 1, ':expected': expectedVersion },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toOrg(res.Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict('conflict.version');
    throw error;
  }
}

/** Opens or closes the org's public site (a superior's decision, recorded with who and when). Idempotent. */
export async function writeSiteStatus(orgId: string, status: SiteStatus): Promise<Org> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.org(orgId),
      UpdateExpression: 'SET siteStatus = :s, updatedAt = :now, version = version + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':s': status, ':now': new Date().toISOString(), ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toOrg(res.Attributes ?? {});
}
