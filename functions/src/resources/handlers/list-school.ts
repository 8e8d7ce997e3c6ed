import type { Org } from '@trellis/shared/org/org';
import { schoolResourcesInput } from '@trellis/shared/resources/schemas';
import { listSchoolResources } from '../../adapters/dynamodb/resource-store';
import { route } from '../../http/route';
import { toResourceView } from '../submit';

/** The school's works by status: the review queue (pending) and the rest. */
export const handler = route('resources.school', schoolResourcesInput, async ({ input, target }) => {
  const page = await listSchoolResources(target<Org>().record.id, input.status, input.cursor);
  return { items: page.items.map(toResourceView), cursor: page.cursor };
});
