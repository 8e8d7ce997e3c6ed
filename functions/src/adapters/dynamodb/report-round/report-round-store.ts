import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { ReportRound } from '@trellis/shared/reporting/rounds';
import { ddb, tableName } from '../table/client';
import { conditionHolds } from '../table/condition-holds';
import { queryAll } from '../table/query-all';

function toRound(item: Record<string, unknown>): ReportRound {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, entity: _e, ...rest } = item;
  return rest as unknown as ReportRound;
}

/** Stores a new round; false if a round with this id already exists. */
export async function putRound(round: ReportRound): Promise<boolean> {
  return conditionHolds(ddb().send(new PutCommand({
      TableName: tableName(),
      Item: { ...reportingKeys.round(round.id), ...reportingKeys.roundIndex(round.year, round.id), entity: 'reportRound', ...round },
      ConditionExpression: 'attribute_not_exists(pk)',
    })));
}

/**
 * Marks an `opening` round `open` once all its expected reports are written (with the final
 * count); returns the round as stored. Marking a round already open changes nothing.
 */
export async function markRoundOpen(roundId: string, expected: number): Promise<ReportRound | null> {
  try {
    const res = await ddb().send(new UpdateCommand({
      TableName: tableName(),
      Key: reportingKeys.round(roundId),
      UpdateExpression: 'SET #status = :open, expected = :n',
      ConditionExpression: '#status = :opening',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open', ':opening': 'opening', ':n': expected },
      ReturnValues: 'ALL_NEW',
    }));
    return toRound(res.Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return getRound(roundId);
    throw error;
  }
}

export async function getRound(roundId: string): Promise<ReportRound | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: reportingKeys.round(roundId), ConsistentRead: true }));
  return res.Item ? toRound(res.Item) : null;
}

/** Every round, newest year first (a few per year: one Query). */
export async function listRounds(): Promise<ReportRound[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': reportingKeys.roundIndexPartition },
    ScanIndexForward: false,
  });
  return items.map(toRound);
}
