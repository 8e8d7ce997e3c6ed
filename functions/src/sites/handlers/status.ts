import { sitesRoutes } from '@trellis/shared/sites/routes';


import { writeSiteStatus } from '../../adapters/dynamodb/site/site-writes';
import { route } from '../../access/route';

/** A superior closes (with a reason) or reopens a subordinate org's public site; the policy refuses it on one's own org. */
export const handler = route(sitesRoutes.status, ({ input, target, actor }) =>
  writeSiteStatus(target().record.id, {
    state: input.state,
    ...(input.state === 'closed' ? { reason: input.reason } : {}),
    by: actor().accountId,
    at: new Date().toISOString(),
  }),
);
