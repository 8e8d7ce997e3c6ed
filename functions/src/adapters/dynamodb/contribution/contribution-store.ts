import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { Page } from '@trellis/shared/orgs/org';
import type { Contribution } from '@trellis/shared/resources/schemas';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import type { GuardedItem } from '../table/transact';
import { Conflict } from '../../../errors';

/** A contribution count changed between its read and the transaction: read again and retry. */
export class ContributionMoved extends Conflict {
  constructor() {
    super('contribution.moved');
  }
}

/** A teacher's current published count in a scope (consistent read; 0 when never counted). */
export async function readContribution(scopeId: string, accountId: string): Promise<number> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.contribution(scopeId, accountId), ConsistentRead: true }));
  return Number(res.Item?.published ?? 0);
}

/**
 * The transaction item that moves a teacher's count in a scope from `current` (as just read)
 * by `delta` (+1 on publish, -1 on takedown), and files the new count in the ranking index
 * in the same write, so the count and its rank key can never disagree. The condition on the
 * count read makes a concurrent change cancel the transaction (ContributionMoved): the caller
 * reads again and retries. At zero the teacher leaves the ranking.
 */
export function contributionChange(scopeId: string, c: Omit<Contribution, 'published'>, current: number, delta: 1 | -1): GuardedItem {
  const next = Math.max(0, current + delta);
  const rank = keys.contributionRank(scopeId, next, c.accountId);
  const ranked = next > 0;
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.contribution(scopeId, c.accountId),
        UpdateExpression:
          'SET published = :next, #name = :name, schoolName = :school, accountId = :id' + (ranked ? ', gsi1pk = :pk, gsi1sk = :sk' : ' REMOVE gsi1pk, gsi1sk'),
        ConditionExpression: current === 0 ? 'attribute_not_exists(published) OR published = :current' : 'published = :current',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: {
          ':next': next, ':current': current, ':name': c.name, ':school': c.schoolName, ':id': c.accountId,
          ...(ranked ? { ':pk': rank.gsi1pk, ':sk': rank.gsi1sk } : {}),
        },
      },
    },
    onConditionFailed: () => new ContributionMoved(),
  };
}

/** Top contributors of a scope, most published first. One Query. */
export function topContributors(scopeId: string, cursor?: string, limit = 10): Promise<Page<Contribution>> {
  return queryPage(
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.contributionRankPartition(scopeId) },
      ScanIndexForward: false,
      Limit: limit,
    },
    cursor,
    (i) => ({ accountId: String(i.accountId), name: String(i.name), schoolName: String(i.schoolName), published: Number(i.published) }),
  );
}
