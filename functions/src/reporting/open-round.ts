import type { Org } from '@trellis/shared/org/org';
import { pathIds } from '@trellis/shared/org/path';
import { roundIdOf, type OpenRoundInput, type ReportRound } from '@trellis/shared/reporting/rounds';
import { shardOf } from '@trellis/shared/reporting/totals';
import { putAll } from '../adapters/dynamodb/batch-write';
import { toOrg } from '../adapters/dynamodb/org-store';
import { queryAll } from '../adapters/dynamodb/query-all';
import { counterItem } from '../adapters/dynamodb/report-counter-store';
import { getRound, putRound } from '../adapters/dynamodb/report-round-store';
import { reportItem, type ReportRecord } from '../adapters/dynamodb/report-store';
import { keys } from '@trellis/shared/data/keys';
import type { Acting } from './acting';
import { trailEntry } from './acting';
import { AccessDenied } from '../errors';
import { NATIONAL_DEPTH } from '@trellis/shared/reporting/states';

/** Orgs of the round's types in the scope (the scope org included), active ones only. */
async function expectedOrgs(scope: Org, types: readonly string[]): Promise<Org[]> {
  const items = await queryAll({
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :path)',
    ExpressionAttributeValues: { ':p': keys.orgTreePartition, ':path': scope.path },
  });
  return items.map(toOrg).filter((o) => types.includes(o.type) && o.status === 'active');
}

/**
 * The national admin opens a round: every expected report is created as an empty draft now
 * (so completion rates are exact), then each region's progress shards are set, then the
 * round itself is stored (last: a retried opening rewrites the same drafts and counters).
 */
export async function openRound(acting: Acting, scope: Org, input: OpenRoundInput, now = new Date()): Promise<{ round: ReportRound; created: boolean }> {
  if (acting.depth !== NATIONAL_DEPTH) throw new AccessDenied();
  const id = roundIdOf(input.formId, input.year);
  const existing = await getRound(id);
  if (existing) return { round: existing, created: false };
  const at = now.toISOString();
  const orgs = await expectedOrgs(scope, input.orgTypes);
  const counters = new Map<string, { regionId: string; shard: number; n: number }>();
  const reports: Record<string, unknown>[] = orgs.map((o) => {
    const shard = shardOf(o.id);
    for (const regionId of pathIds(o.path)) {
      const c = counters.get(`${regionId}|${shard}`) ?? { regionId, shard, n: 0 };
      c.n += 1;
      counters.set(`${regionId}|${shard}`, c);
    }
    const r: ReportRecord = {
      roundId: id, formId: input.formId, year: input.year, orgId: o.id, orgName: o.name, orgPath: o.path, orgType: o.type,
      state: 'draft', data: {}, version: 0, trail: [trailEntry(acting, 'open', null, 'draft', null, at)], lockException: false,
      approvedAtDepth: null, materials: [], updatedAt: at, submittedAt: null, shard,
    };
    return reportItem(r);
  });
  await putAll([...reports, ...[...counters.values()].map((c) => counterItem('progress', id, c.regionId, c.shard, { expected: c.n, st_draft: c.n }))]);
  const round: ReportRound = {
    id, formId: input.formId, year: input.year, opensOn: input.opensOn, closesOn: input.closesOn,
    remindDaysBeforeClose: input.remindDaysBeforeClose, orgTypes: input.orgTypes, scopeOrgId: scope.id, scopePath: scope.path,
    expected: orgs.length, createdAt: at, createdBy: acting.actor.accountId,
  };
  if (!(await putRound(round))) return { round: (await getRound(id)) ?? round, created: false };
  return { round, created: true };
}
