import { noticesRoutes } from '@trellis/shared/notices/routes';

import { buildStats } from '@trellis/shared/notices/stats';

import { route } from '../../access/route';
import { toView } from '../compose';

/** The sender's view: the notice and its statistics, from the Query the policy check made. */
export const handler = route(noticesRoutes.get, async ({ target }) => {
  const { notice, shards, orgs } = target().record;
  return Promise.resolve({ notice: toView(notice), stats: buildStats(shards, orgs) });
});
