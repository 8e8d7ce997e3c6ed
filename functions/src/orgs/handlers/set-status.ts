import { orgsRoutes } from '@trellis/shared/orgs/routes';


import { setOrgStatus } from '../../adapters/dynamodb/org/org-writes';
import { route } from '../../access/route';

/** Disable or re-enable a subordinate org (the policy refuses it on one's own org). */
export const handler = route(orgsRoutes.status, ({ input, target, actor }) =>
  setOrgStatus(target().record.id, input.status, actor().accountId, input.reason),
);
