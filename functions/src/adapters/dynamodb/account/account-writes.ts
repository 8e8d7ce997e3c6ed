import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { AccountView } from '@trellis/shared/accounts/schemas';
import { ddb, tableName } from '../table/client';
import type { Membership, SessionAccount } from '@trellis/shared/accounts/account-record';
import { membershipItem, toAccountView } from './account-store';
import { transact, type GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

export interface AccountChanges {
  displayName?: string;
  phone?: string | null;
  phoneVerified?: boolean;
  smsOptOut?: boolean;
  status?: 'active' | 'disabled';
}

/**
 * Updates an account if its version is still `expectedVersion`. A phone change moves the
 * phone login guard in the same transaction.
 */
export async function updateAccount(account: SessionAccount, expectedVersion: number, changes: AccountChanges): Promise<void> {
  const sets = ['version = version + :one', 'updatedAt = :now'];
  const values: Record<string, unknown> = { ':one': 1, ':now': new Date().toISOString(), ':expected': expectedVersion };
  const names: Record<string, string> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    sets.push(`#${field} = :${field}`);
    values[`:${field}`] = value;
    names[`#${field}`] = field;
  }
  // Disabling ends every session for good: re-enabling later does not bring old tokens back.
  if (changes.status === 'disabled') {
    sets.push('sessionEpoch = if_not_exists(sessionEpoch, :zero) + :one');
    values[':zero'] = 0;
  }
  const items: GuardedItem[] = [
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.account(account.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: values,
          ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        },
      },
      onConditionFailed: () => new Conflict('conflict.version'),
    },
  ];
  const phoneChanged = changes.phone !== undefined && changes.phone !== account.phone;
  if (phoneChanged && account.phone) {
    items.push({ item: { Delete: { TableName: tableName(), Key: keys.phone(account.phone) } } });
  }
  if (phoneChanged && changes.phone) {
    items.push({
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.phone(changes.phone), accountId: account.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('phone.taken'),
    });
  }
  await transact(items);
}

/**
 * Replaces the roles an account holds at one org if its membership is still at
 * `expectedVersion` (0: no membership yet; a membership stored without a version counts as 1);
 * no roles removes the membership. Returns the new version (0 once removed). Two edits from
 * the same version: one wins, the other gets `roles.conflict` (409). The account's
 * `accessVersion` moves on in the same transaction, so every session of the account reads its
 * memberships again on its next session read.
 */
export async function setMembership(m: Membership, expectedVersion: number): Promise<number> {
  const condition =
    expectedVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: expectedVersion === 1
            ? 'attribute_exists(pk) AND (attribute_not_exists(version) OR version = :v)'
            : 'attribute_exists(pk) AND version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        };
  const table = tableName();
  const version = m.roles.length === 0 ? 0 : expectedVersion + 1;
  const change = m.roles.length === 0
    ? { Delete: { TableName: table, Key: keys.membership(m.accountId, m.orgId), ...condition } }
    : { Put: { TableName: table, Item: membershipItem({ ...m, version }), ...condition } };
  await transact([
    { item: change, onConditionFailed: () => new Conflict('roles.conflict') },
    {
      item: {
        Update: {
          TableName: table,
          Key: keys.account(m.accountId),
          UpdateExpression: 'ADD accessVersion :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      onConditionFailed: () => new Conflict('roles.conflict'),
    },
  ]);
  return version;
}

/**
 * Stores a new password hash; `mustChange` forces a change at next login. The session epoch
 * moves on, so every session signed in with the old password stops working.
 */
export async function setPassword(accountId: string, passwordHash: string, mustChange: boolean): Promise<AccountView> {
  try {
    const res = await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.account(accountId),
        UpdateExpression:
          'SET passwordHash = :h, mustChangePassword = :m, version = version + :one, updatedAt = :now ADD sessionEpoch :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':h': passwordHash, ':m': mustChange, ':one': 1, ':now': new Date().toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toAccountView(res.Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict('account.missing');
    throw error;
  }
}
