import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { memberKeys } from '@trellis/shared/data/keys-members';
import { normalizeName } from '@trellis/shared/data/keys';
import type { MemberStatus } from '@trellis/shared/members/member-types';
import type { MemberRecord } from '@trellis/shared/members/member-record';
import type { MemberUnitsSummary, MemberView } from '@trellis/shared/members/schemas';
import type { Page } from '@trellis/shared/orgs/org';
import { ddb, tableName } from '../table/client';
import { filteredPage } from '../table/filtered-page';
import { queryPage } from '../table/query-all';
import type { GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

/** The time a member unit sorts by in its status list. */
export function sortTimeOf(m: Pick<MemberView, 'status' | 'submittedAt' | 'joinedAt' | 'endedAt' | 'decidedAt'>): string {
  if (m.status === 'approved') return m.joinedAt ?? m.submittedAt;
  if (m.status === 'ended') return m.endedAt ?? m.submittedAt;
  if (m.status === 'rejected') return m.decidedAt ?? m.submittedAt;
  return m.submittedAt;
}

export function memberItem(m: MemberRecord): Record<string, unknown> {
  return {
    ...m,
    ...memberKeys.memberUnit(m.id),
    ...memberKeys.memberUnitsByStatus(m.orgId, m.status, sortTimeOf(m), m.id),
    entity: 'memberUnit',
    search: `${normalizeName(m.name)} ${m.code.toLowerCase()} ${m.number.toLowerCase()}`,
  };
}

export function toMemberView(item: Record<string, unknown>): MemberView {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, entity: _e, search: _f, orgPath: _g, orgSlug: _h, ...view } = item;
  return view as unknown as MemberView;
}

/** The member unit as a conditional Put (new) or a Put conditioned on its current version. */
export function putMemberItem(m: MemberRecord, expected: { version: number; status?: MemberStatus } | 'new', onFail: () => Conflict): GuardedItem {
  const condition = expected === 'new'
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: expected.status ? 'version = :v AND #status = :s' : 'version = :v',
        ExpressionAttributeValues: { ':v': expected.version, ...(expected.status ? { ':s': expected.status } : {}) },
        ...(expected.status ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      };
  return { item: { Put: { TableName: tableName(), Item: memberItem(m), ...condition } }, onConditionFailed: onFail };
}

export function claimCodeItem(orgId: string, code: string, memberId: string): GuardedItem {
  return {
    item: { Put: { TableName: tableName(), Item: { ...memberKeys.memberCode(orgId, code), memberId }, ConditionExpression: 'attribute_not_exists(pk)' } },
    onConditionFailed: () => new Conflict('member.code_taken'),
  };
}

export function releaseCodeItem(orgId: string, code: string): GuardedItem {
  return { item: { Delete: { TableName: tableName(), Key: memberKeys.memberCode(orgId, code) } } };
}

export async function getMember(id: string): Promise<MemberRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: memberKeys.memberUnit(id), ConsistentRead: true }));
  if (!res.Item) return null;
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, entity: _e, search: _f, ...record } = res.Item;
  return record as unknown as MemberRecord;
}

/**
 * One page of an org's member units with `status` (oldest first). Without a search text one
 * Query; with one, filtered Query rounds until the page is full (a search page is never short
 * while a next page remains, unless it hit the round bound).
 */
export async function listMembers(orgId: string, status: MemberStatus, q: string, cursor?: string, limit = 20): Promise<Page<MemberView>> {
  const partition = { ':p': memberKeys.memberUnitsPartition(orgId, status) };
  if (!q) return queryPage({ IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: partition, Limit: limit }, cursor, toMemberView);
  const page = await filteredPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      FilterExpression: 'contains(#search, :q)',
      ExpressionAttributeNames: { '#search': 'search' },
      ExpressionAttributeValues: { ...partition, ':q': normalizeName(q) },
    },
    ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
    cursor,
    limit,
  );
  return { items: page.items.map(toMemberView), cursor: page.cursor };
}

export async function getMemberSummary(orgId: string): Promise<MemberUnitsSummary> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: memberKeys.memberUnitsSummary(orgId), ConsistentRead: true }));
  const item = res.Item;
  return item
    ? { items: (item.items ?? []) as MemberUnitsSummary['items'], total: Number(item.total ?? 0), version: Number(item.version ?? 0) }
    : { items: [], total: 0, version: 0 };
}

/** The summary as a transaction item, conditioned on the version read (stale → retried by the caller). */
export function putSummaryItem(orgId: string, read: MemberUnitsSummary, next: Omit<MemberUnitsSummary, 'version'>): GuardedItem {
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: { ...memberKeys.memberUnitsSummary(orgId), entity: 'memberUnitsSummary', ...next, version: read.version + 1 },
        ConditionExpression: read.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ...(read.version === 0 ? {} : { ExpressionAttributeValues: { ':v': read.version } }),
      },
    },
    onConditionFailed: () => new Conflict('member.summary_stale'),
  };
}
