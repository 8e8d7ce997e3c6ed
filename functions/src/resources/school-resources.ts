import type { Page } from '@trellis/shared/orgs/org';
import type { ResourceStatus, ResourceView } from '@trellis/shared/resources/schemas';
import { listSchoolResources } from '../adapters/dynamodb/resource/resource-store';
import { toResourceView } from './submit';

/** The school's works with one status, newest submitted first: the review queue (pending) and the rest. */
export async function schoolResources(schoolId: string, status: ResourceStatus, cursor?: string): Promise<Page<ResourceView>> {
  const page = await listSchoolResources(schoolId, status, cursor);
  return { items: page.items.map(toResourceView), cursor: page.cursor };
}
