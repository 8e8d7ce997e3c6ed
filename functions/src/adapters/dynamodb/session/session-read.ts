import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { AccountRecord, Membership } from '@trellis/shared/accounts/account-record';
import type { SessionRecord } from '@trellis/shared/auth/session-record';
import type { Org } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { toAccountRecord } from '../account/account-store';
import { toOrg } from '../org/org-store';

/** DynamoDB's limit of keys per BatchGetItem. */
const BATCH_GET_LIMIT = 100;

export interface SessionParts {
  session: SessionRecord | null;
  account: AccountRecord | null;
  orgs: Map<string, Org>;
  /** Each org's to-do counters (`TODO#<orgId>#`), read with it: the workspace navigation's counts at no extra request. */
  todo: Map<string, Record<string, unknown>>;
}

/**
 * What a session read needs, in ONE BatchGetItem (strongly consistent): the session by its
 * token's hash, the account item and the orgs on its memberships' paths, each only when asked
 * for (the caller knows the account and orgs from a previous read of the same token). More than
 * 100 keys (an account in very many orgs) take one more request per 100; UnprocessedKeys are retried.
 */
export async function getSessionParts(want: { tokenHash?: string; accountId?: string; orgIds: string[] }): Promise<SessionParts> {
  const keyList = [
    ...(want.tokenHash ? [keys.session(want.tokenHash)] : []),
    ...(want.accountId ? [keys.account(want.accountId)] : []),
    ...[...new Set(want.orgIds)].flatMap((id) => [keys.org(id), keys.todo(id)]),
  ];
  const parts: SessionParts = { session: null, account: null, orgs: new Map(), todo: new Map() };
  for (let i = 0; i < keyList.length; i += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = keyList.slice(i, i + BATCH_GET_LIMIT);
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
      for (const item of res.Responses?.[tableName()] ?? []) {
        if (item.sk === 'SESSION') parts.session = item as SessionRecord;
        else if (item.sk === 'ACCOUNT') parts.account = toAccountRecord(item);
        else if (item.sk === 'ORG') parts.orgs.set(String(item.id), toOrg(item));
        else if (item.sk === 'TODO') parts.todo.set(String(item.pk).slice('TODO#'.length, -1), item);
      }
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return parts;
}

/**
 * Extends the idle timeout and, when given, stores the memberships read at the account's
 * `accessVersion`; a session logged out meanwhile stays gone.
 */
export async function refreshSession(
  s: SessionRecord, now: number, idleMs: number, snapshot?: { memberships: Membership[]; accessVersion: number },
): Promise<void> {
  const ttl = Math.ceil(Math.min(now + idleMs, s.absoluteExpiresAt) / 1000);
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.session(s.tokenHash),
        UpdateExpression: `SET lastSeenAt = :now, #ttl = :ttl${snapshot ? ', memberships = :m, accessVersion = :v' : ''}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':now': now, ':ttl': ttl, ...(snapshot ? { ':m': snapshot.memberships, ':v': snapshot.accessVersion } : {}) },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
