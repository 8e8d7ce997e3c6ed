import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { RemindResult } from '@trellis/shared/reporting/remind-result';
import { ddb, tableName } from '../table/client';
import { putIfAbsent } from '../table/put-if-absent';

/**
 * The marker of one reminder run (round, region, request id): written when the run starts,
 * rewritten with its result when it finishes. A marker without a result is a run that died.
 */
export interface ReminderRun {
  result?: RemindResult;
}

/** The run's marker, or null if this request id never ran (a consistent read). */
export async function getReminderRun(roundId: string, regionId: string, requestId: string): Promise<ReminderRun | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: reportingKeys.reminder(roundId, regionId, requestId), ConsistentRead: true }));
  return res.Item ? (res.Item.result ? { result: res.Item.result as RemindResult } : {}) : null;
}

/** Marks the run started, unless a marker exists already. */
export async function markReminderRunStarted(roundId: string, regionId: string, requestId: string, at: string): Promise<void> {
  await putIfAbsent({ ...reportingKeys.reminder(roundId, regionId, requestId), at });
}

/** Records the finished run's result: a repeated request id is answered with it. */
export async function recordReminderRunResult(roundId: string, regionId: string, requestId: string, at: string, result: RemindResult): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: { ...reportingKeys.reminder(roundId, regionId, requestId), at, result } }));
}
