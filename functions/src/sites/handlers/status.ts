import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { setSiteStatus } from '../site-status';

/** A superior closes (with a reason) or reopens a subordinate org's public site; the policy refuses it on one's own org. */
export const handler = route(sitesRoutes.status, ({ input, target, actor }) =>
  setSiteStatus(target().record.id, input.state, input.reason, actor().accountId, target().pathOrgs.at(-2)),
);
