import { applicationsRoutes } from '@trellis/shared/applications/routes';


import { countPending, listApplications } from '../../adapters/dynamodb/application/application-store';
import { route } from '../../access/route';

/** The approvals inbox: applications under the org's subtree, with the pending count. */
export const handler = route(applicationsRoutes.list, async ({ input, target }) => {
  const { path } = target().record;
  const [page, pending] = await Promise.all([listApplications(input.status, path, input.cursor), countPending(path)]);
  return { ...page, counts: { pending } };
});
