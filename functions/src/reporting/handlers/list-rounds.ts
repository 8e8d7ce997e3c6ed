import type { Org } from '@trellis/shared/org/org';
import { isSelfOrAncestorPath } from '@trellis/shared/org/path';
import { orgParams } from '@trellis/shared/reporting/schemas';
import { listRounds } from '../../adapters/dynamodb/report-round-store';
import { route } from '../../http/route';

/** Rounds that concern the org: its region is inside the round's scope or contains it. */
export const handler = route('reporting.rounds.list', orgParams, async ({ target }) => {
  const org = target<Org>().record;
  const rounds = await listRounds();
  return { items: rounds.filter((r) => isSelfOrAncestorPath(r.scopePath, org.path) || isSelfOrAncestorPath(org.path, r.scopePath)) };
});
