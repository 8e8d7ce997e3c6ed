import { orgsRoutes } from '@trellis/shared/orgs/routes';
import { route } from '../../access/route';
import { changeOrgStatus } from '../org-status';

/** Disable or re-enable a subordinate org (the policy refuses it on one's own org). */
export const handler = route(orgsRoutes.status, ({ input, target, actor }) =>
  changeOrgStatus(target().record.id, input.status, actor().accountId, input.reason, target().pathOrgs.at(-2)),
);
