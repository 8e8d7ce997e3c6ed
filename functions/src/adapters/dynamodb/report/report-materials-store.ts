import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import type { ReportMaterial } from '@trellis/shared/reporting/report-view';
import type { TrailEntry } from '@trellis/shared/reporting/states';
import { ddb, tableName } from '../table/client';
import { toReport } from './report-store';

export type AppendOutcome = { appended: true } | { appended: false; current: ReportRecord | null };

/**
 * Appends a material and its trail entry to a report, bumping the version: one UpdateItem
 * conditioned on the version it was read at and an editable state (and, outside the window,
 * on its lock exception). A lost condition returns the current item, so the caller tells
 * "attached meanwhile" from "locked" or "changed" without another read.
 */
export async function appendReportMaterial(report: ReportRecord, material: ReportMaterial, entry: TrailEntry, windowOpen: boolean): Promise<AppendOutcome> {
  try {
    await ddb().send(new UpdateCommand({
      TableName: tableName(),
      Key: reportingKeys.report(report.orgId, report.roundId),
      UpdateExpression: 'SET materials = list_append(materials, :m), trail = list_append(trail, :e), version = version + :one, updatedAt = :now',
      ConditionExpression: `version = :v AND #state IN (:draft, :returned)${windowOpen ? '' : ' AND lockException = :yes'}`,
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':m': [material], ':e': [entry], ':one': 1, ':now': entry.at, ':v': report.version, ':draft': 'draft', ':returned': 'returned',
        ...(windowOpen ? {} : { ':yes': true }),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    }));
    return { appended: true };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    // The returned item is in wire format (the document client does not convert errors).
    const item = (error as { Item?: Parameters<typeof unmarshall>[0] }).Item;
    return { appended: false, current: item ? toReport(unmarshall(item)) : null };
  }
}
