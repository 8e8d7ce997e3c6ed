import { reportingRoutes } from '@trellis/shared/reporting/routes';

import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';

import { listRounds } from '../../adapters/dynamodb/report-round/report-round-store';
import { route } from '../../access/route';

/** Rounds that concern the org: its region is inside the round's scope or contains it. */
export const handler = route(reportingRoutes.listRounds, async ({ target }) => {
  const org = target().record;
  const rounds = await listRounds();
  return { items: rounds.filter((r) => isSelfOrAncestorPath(r.scopePath, org.path) || isSelfOrAncestorPath(org.path, r.scopePath)) };
});
