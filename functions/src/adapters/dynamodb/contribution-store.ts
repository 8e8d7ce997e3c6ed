import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '@trellis/shared/data/keys';
import type { Page } from '@trellis/shared/org/org';
import { ddb, tableName } from './client';
import { queryPage } from './query-all';

export interface Contribution {
  accountId: string;
  name: string;
  schoolName: string;
  published: number;
}

/**
 * Counts one more published work for a teacher in a scope, then files the new count in the
 * ranking index. The second write is conditional on the count it read, so of two racing
 * bumps the later count wins the index.
 */
export async function bumpContribution(scopeId: string, c: Omit<Contribution, 'published'>): Promise<void> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.contribution(scopeId, c.accountId),
      UpdateExpression: 'ADD published :one SET #name = :name, schoolName = :school, accountId = :id',
      ExpressionAttributeNames: { '#name': 'name' },
      ExpressionAttributeValues: { ':one': 1, ':name': c.name, ':school': c.schoolName, ':id': c.accountId },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const published = Number(res.Attributes?.published ?? 1);
  const rank = keys.contributionRank(scopeId, published, c.accountId);
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.contribution(scopeId, c.accountId),
        UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
        ConditionExpression: 'published = :n',
        ExpressionAttributeValues: { ':pk': rank.gsi1pk, ':sk': rank.gsi1sk, ':n': published },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
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
