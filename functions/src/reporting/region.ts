import type { Org } from '@trellis/shared/orgs/org';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ProgressView, TotalsView } from '@trellis/shared/reporting/region-views';
import { toRegionProgress, toRegionTotals } from '@trellis/shared/reporting/totals';
import { allChildOrgs } from '../adapters/dynamodb/org/org-tree-reads';
import { readCounters } from '../adapters/dynamodb/report/report-counter-store';
import { NotFound } from '../errors';
import { requireRound } from './round-cache';

/**
 * A region's totals of approved reports: one BatchGetItem of its 8 totals shards
 * (always current: approve and unapprove update them in the same transaction).
 */
export async function regionTotals(region: Org, roundId: string): Promise<TotalsView> {
  const round = await requireRound(roundId);
  const form = FORMS[round.formId];
  if (!form) throw new NotFound('round.not_found');
  const counters = await readCounters('totals', roundId, [region.id]);
  return { roundId, orgId: region.id, orgName: region.name, totals: toRegionTotals(form, counters.get(region.id)?.totals ?? {}) };
}

/**
 * Progress of a region and of each direct child that has expected reports (drill-down):
 * one Query for the children, then BatchGets of their progress shards (8 keys per region).
 */
export async function regionProgress(region: Org, roundId: string): Promise<ProgressView> {
  await requireRound(roundId);
  const children = await allChildOrgs(region.id);
  const counters = await readCounters('progress', roundId, [region.id, ...children.map((c) => c.id)]);
  const row = (o: Org) => ({ orgId: o.id, orgName: o.name, progress: toRegionProgress(counters.get(o.id)?.progress ?? {}) });
  return { roundId, region: row(region), children: children.map(row).filter((c) => c.progress.expected > 0) };
}
