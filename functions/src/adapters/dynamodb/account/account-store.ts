import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { Role } from '@trellis/shared/access/roles';
import type { AccountView } from '@trellis/shared/accounts/schemas';
import type { AccountRecord, Membership } from '@trellis/shared/accounts/account-record';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { decodeCursor, encodeCursor } from '../table/cursor';
import { queryAll } from '../table/query-all';
import type { GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';


const VIEW_FIELDS = [
  'id', 'username', 'displayName', 'phone', 'phoneVerified', 'smsOptOut', 'status', 'homeOrgId', 'mustChangePassword',
  'createdAt', 'version',
] as const;

export function toAccountView(record: object): AccountView {
  const item = record as Record<string, unknown>;
  const view = Object.fromEntries(VIEW_FIELDS.map((f) => [f, item[f]])) as unknown as AccountView;
  view.phone ??= null;
  view.mustChangePassword = Boolean(view.mustChangePassword);
  view.phoneVerified = view.phoneVerified === true;
  view.smsOptOut = view.smsOptOut === true;
  return view;
}

/** An account item as its record. */
export function toAccountRecord(item: Record<string, unknown>): AccountRecord {
  return {
    ...toAccountView(item),
    passwordHash: String(item.passwordHash),
    homeOrgPath: String(item.homeOrgPath),
    sessionEpoch: Number(item.sessionEpoch ?? 0),
    accessVersion: Number(item.accessVersion ?? 0),
  };
}

function toMembership(item: Record<string, unknown>): Membership {
  return {
    accountId: String(item.accountId),
    orgId: String(item.orgId),
    orgPath: String(item.orgPath),
    roles: (item.roles as Role[] | undefined) ?? [],
    version: typeof item.version === 'number' ? item.version : 1,
  };
}

export function membershipItem(m: Membership): Record<string, unknown> {
  return {
    ...keys.membership(m.accountId, m.orgId),
    ...keys.orgMembers(m.orgId, m.accountId),
    ...keys.membersTree(m.orgPath, m.accountId),
    entity: 'membership',
    ...m,
  };
}

/** The account, its login guards (username, phone) and its first membership, for a transaction. */
export function putAccountItems(account: AccountRecord, membership: Membership): GuardedItem[] {
  const table = tableName();
  const items: GuardedItem[] = [
    {
      item: {
        Put: {
          TableName: table,
          Item: { ...keys.account(account.id), entity: 'account', ...account },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      item: {
        Put: {
          TableName: table,
          Item: { ...keys.username(account.username), accountId: account.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('username.taken'),
    },
    { item: { Put: { TableName: table, Item: membershipItem(membership) } } },
  ];
  if (account.phone) {
    items.push({
      item: {
        Put: {
          TableName: table,
          Item: { ...keys.phone(account.phone), accountId: account.id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => new Conflict('phone.taken'),
    });
  }
  return items;
}

/** The account and all its memberships: one Query on the account's partition. */
export async function getAccountWithMemberships(
  accountId: string,
): Promise<{ account: AccountRecord; memberships: Membership[] } | null> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.accountPartition(accountId) },
      ConsistentRead: true,
    }),
  );
  const items = res.Items ?? [];
  const accountItem = items.find((i) => i.sk === 'ACCOUNT');
  if (!accountItem) return null;
  const memberships = items.filter((i) => String(i.sk).startsWith(keys.membershipSkPrefix)).map(toMembership);
  return { account: toAccountRecord(accountItem), memberships };
}

/** The account's password hash (sessions do not carry it), read fresh; null if the account is gone. */
export async function getPasswordHash(accountId: string): Promise<string | null> {
  const res = await ddb().send(
    new GetCommand({ TableName: tableName(), Key: keys.account(accountId), ProjectionExpression: 'passwordHash', ConsistentRead: true }),
  );
  return typeof res.Item?.passwordHash === 'string' ? res.Item.passwordHash : null;
}

/** Resolves a username or an E.164 phone number to an account id. */
export async function findAccountIdByLogin(login: { username?: string; phone?: string }): Promise<string | null> {
  const key = login.phone ? keys.phone(login.phone) : keys.username(login.username ?? '');
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: key }));
  return res.Item ? String(res.Item.accountId) : null;
}

/** Accounts holding a role at an org: one Query on GSI1, one BatchGet for the accounts. */
/** Every membership at or under `path` (all pages): the candidates a notice is resolved from. */
export async function listMembershipsUnder(path: string): Promise<Membership[]> {
  const items = await queryAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
    ExpressionAttributeValues: { ':p': keys.membersTreePartition, ':path': path },
  });
  return items.map(toMembership);
}

/** Accounts by id, in BatchGets of 100. */
export async function getAccounts(ids: string[]): Promise<Map<string, AccountRecord>> {
  const found = new Map<string, AccountRecord>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + 100).map((id) => keys.account(id));
    while (pending.length > 0) {
      const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      for (const item of res.Responses?.[tableName()] ?? []) found.set(String(item.id), toAccountRecord(item));
      pending = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

export async function listOrgMembers(
  orgId: string,
  cursor?: string,
  limit = 20,
): Promise<Page<AccountView & { roles: Role[]; membershipVersion: number }>> {
  const query = { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': keys.orgMembersPartition(orgId) } };
  const res = await ddb().send(new QueryCommand({ TableName: tableName(), ...query, ExclusiveStartKey: decodeCursor(cursor, query), Limit: limit }));
  const memberships = (res.Items ?? []).map(toMembership);
  const accounts = new Map<string, AccountView>();
  if (memberships.length > 0) {
    const got = await ddb().send(
      new BatchGetCommand({
        RequestItems: { [tableName()]: { Keys: memberships.map((m) => keys.account(m.accountId)) } },
      }),
    );
    for (const item of got.Responses?.[tableName()] ?? []) accounts.set(String(item.id), toAccountView(item));
  }
  const items = memberships.flatMap((m) => {
    const account = accounts.get(m.accountId);
    return account ? [{ ...account, roles: m.roles, membershipVersion: m.version ?? 1 }] : [];
  });
  return { items, cursor: encodeCursor(res.LastEvaluatedKey, query) };
}

/**
 * In one BatchGet: whether a phone number is free as a login, and an account's display name
 * (an approval needs both: the applicant's mobile, the decider's name for the record).
 */
export async function phoneFreeAndName(phone: string, accountId: string): Promise<{ phoneFree: boolean; name: string | null }> {
  const res = await ddb().send(new BatchGetCommand({
    RequestItems: { [tableName()]: { Keys: [keys.phone(phone), keys.account(accountId)], ProjectionExpression: 'pk, displayName' } },
  }));
  const items = res.Responses?.[tableName()] ?? [];
  const account = items.find((i) => i.pk === keys.account(accountId).pk);
  return {
    phoneFree: !items.some((i) => i.pk === keys.phone(phone).pk),
    name: typeof account?.displayName === 'string' ? account.displayName : null,
  };
}
