import { resourcesRoutes } from '@trellis/shared/resources/routes';


import { listSchoolResources } from '../../adapters/dynamodb/resource/resource-store';
import { route } from '../../access/route';
import { toResourceView } from '../submit';

/** The school's works by status: the review queue (pending) and the rest. */
export const handler = route(resourcesRoutes.school, async ({ input, target }) => {
  const page = await listSchoolResources(target().record.id, input.status, input.cursor);
  return { items: page.items.map(toResourceView), cursor: page.cursor };
});
