import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import type { Page } from '@trellis/shared/orgs/org';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import { isEditable, type ReportState, type TrailEntry } from '@trellis/shared/reporting/states';
import { ddb, tableName } from '../table/client';
import { queryPage } from '../table/query-all';
import type { GuardedItem } from '../table/transact';

export function toReport(item: Record<string, unknown>): ReportRecord {
  const { pk: _a, sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, entity: _g, ...rest } = item;
  return rest as unknown as ReportRecord;
}

/** The stored item of a new report (expected at round opening: a draft, listed as pending). */
export function reportItem(r: ReportRecord): Record<string, unknown> {
  return {
    ...reportingKeys.report(r.orgId, r.roundId),
    ...reportingKeys.reportsInRound(r.roundId, r.orgPath),
    ...(isEditable(r.state) ? reportingKeys.reportsPending(r.roundId, r.orgPath) : {}),
    entity: 'report',
    ...r,
  };
}

export async function getReport(orgId: string, roundId: string): Promise<ReportRecord | null> {
  const res = await ddb().send(new GetCommand({ TableName: tableName(), Key: reportingKeys.report(orgId, roundId), ConsistentRead: true }));
  return res.Item ? toReport(res.Item) : null;
}

/** An org's reports of every round (its history year by year): one Query on its partition. */
export async function listOrgReports(orgId: string): Promise<ReportRecord[]> {
  const res = await ddb().send(new QueryCommand({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :p',
    ExpressionAttributeValues: { ':p': reportingKeys.reportPartition(orgId) },
  }));
  return (res.Items ?? []).map(toReport);
}

const SUMMARY = 'roundId, formId, #year, orgId, orgName, orgPath, orgType, #state, version, lockException, approvedAtDepth, updatedAt, submittedAt, #shard';

/** A round's reports in a region (by org path), optionally in one state; without form data. */
export function listRoundReports(roundId: string, regionPath: string, state: ReportState | undefined, cursor?: string, limit = 50, withData = false): Promise<Page<ReportRecord>> {
  return queryPage({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
    ...(state ? { FilterExpression: '#state = :s' } : {}),
    ...(withData ? {} : { ProjectionExpression: SUMMARY }),
    ExpressionAttributeNames: { '#state': 'state', ...(withData ? {} : { '#year': 'year', '#shard': 'shard' }) },
    ExpressionAttributeValues: { ':p': reportingKeys.reportsInRoundPartition(roundId), ':path': regionPath, ...(state ? { ':s': state } : {}) },
    Limit: limit,
  }, cursor, toReport);
}

/** Reports not yet (re)submitted in a region: the sparse pending index, one Query per page. */
export function listPendingReports(roundId: string, regionPath: string, cursor?: string, limit = 50): Promise<Page<ReportRecord>> {
  return queryPage({
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :p AND begins_with(gsi3sk, :path)',
    ExpressionAttributeValues: { ':p': reportingKeys.reportsPendingPartition(roundId), ':path': regionPath },
    Limit: limit,
  }, cursor, toReport);
}

export type SaveOutcome = { saved: true; report: ReportRecord } | { saved: false; current: ReportRecord | null };

/**
 * Saves form data if the report is still at `expectedVersion` and editable: one UpdateItem.
 * A lost condition returns the current item (ReturnValuesOnConditionCheckFailure), so the
 * caller tells "locked" from "someone saved first" without another read.
 */
export async function saveReportData(orgId: string, roundId: string, expectedVersion: number, data: ReportData, now: string): Promise<SaveOutcome> {
  try {
    const res = await ddb().send(new UpdateCommand({
      TableName: tableName(),
      Key: reportingKeys.report(orgId, roundId),
      UpdateExpression: 'SET #data = :data, updatedAt = :now, version = version + :one',
      ConditionExpression: 'version = :v AND #state IN (:draft, :returned)',
      ExpressionAttributeNames: { '#data': 'data', '#state': 'state' },
      ExpressionAttributeValues: { ':data': data, ':now': now, ':one': 1, ':v': expectedVersion, ':draft': 'draft', ':returned': 'returned' },
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    }));
    return { saved: true, report: toReport(res.Attributes ?? {}) };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    // The returned item is in wire format (the document client does not convert errors).
    const item = (error as { Item?: Parameters<typeof unmarshall>[0] }).Item;
    return { saved: false, current: item ? toReport(unmarshall(item)) : await getReport(orgId, roundId) };
  }
}

/**
 * Moves a report from the state it was read in to `to`, once: the condition on state and
 * version makes concurrent submit / return / approve resolve to exactly one winner.
 */
export function moveReportItem(r: ReportRecord, to: ReportState, entry: TrailEntry, set: Record<string, unknown> = {}): GuardedItem {
  const names: Record<string, string> = { '#state': 'state' };
  const values: Record<string, unknown> = { ':to': to, ':from': r.state, ':v': r.version, ':one': 1, ':e': [entry], ':now': entry.at };
  const sets = ['#state = :to', 'version = version + :one', 'trail = list_append(trail, :e)', 'updatedAt = :now'];
  Object.entries(set).forEach(([k, v], i) => {
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    sets.push(`#s${i} = :s${i}`);
  });
  const pending = reportingKeys.reportsPending(r.roundId, r.orgPath);
  if (isEditable(to)) {
    values[':g3pk'] = pending.gsi3pk;
    values[':g3sk'] = pending.gsi3sk;
    sets.push('gsi3pk = :g3pk', 'gsi3sk = :g3sk');
  }
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: reportingKeys.report(r.orgId, r.roundId),
        UpdateExpression: `SET ${sets.join(', ')}${isEditable(to) ? '' : ' REMOVE gsi3pk, gsi3sk'}`,
        ConditionExpression: '#state = :from AND version = :v',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}
