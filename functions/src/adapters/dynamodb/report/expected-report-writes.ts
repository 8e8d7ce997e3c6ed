import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import { ddb, tableName } from '../table/client';
import type { GuardedItem } from '../table/transact';
import { reportItem } from './report-store';

/** Which of `orgIds` already have their report in the round: one BatchGetItem of keys (consistent), unprocessed keys re-sent. */
export async function orgsWithReport(roundId: string, orgIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  let keys: Record<string, unknown>[] = orgIds.map((id) => reportingKeys.report(id, roundId));
  while (keys.length > 0) {
    const res = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ProjectionExpression: 'orgId', ConsistentRead: true } } }));
    for (const item of res.Responses?.[tableName()] ?? []) found.add(String(item.orgId));
    keys = (res.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Record<string, unknown>[];
  }
  return found;
}

export type NewReportsOutcome = { written: true } | { written: false; existingOrgIds: Set<string>; error: TransactionCanceledException };

/**
 * One transaction: each new report created only if absent, with the counter updates that
 * count them. Cancelled: the orgs whose report existed already (empty when the transaction
 * only met other transactions), and the error, for the caller to retry or throw.
 */
export async function putNewReportsCounted(reports: ReportRecord[], counters: GuardedItem[]): Promise<NewReportsOutcome> {
  const items = [
    ...reports.map((r) => ({ Put: { TableName: tableName(), Item: reportItem(r), ConditionExpression: 'attribute_not_exists(pk)' } })),
    ...counters.map((c) => c.item),
  ];
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: items }));
    return { written: true };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    return { written: false, existingOrgIds: new Set(reports.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed').map((r) => r.orgId)), error };
  }
}
