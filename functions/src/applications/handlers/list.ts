import type { Org } from '@trellis/shared/org/org';
import { listApplicationsInput } from '@trellis/shared/application/schemas';
import { countPending, listApplications } from '../../adapters/dynamodb/application-store';
import { route } from '../../http/route';

/** The approvals inbox: applications under the org's subtree, with the pending count. */
export const handler = route('applications.list', listApplicationsInput, async ({ input, target }) => {
  const { path } = target<Org>().record;
  const [page, pending] = await Promise.all([listApplications(input.status, path, input.cursor), countPending(path)]);
  return { ...page, counts: { pending } };
});
