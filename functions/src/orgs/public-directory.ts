import type { Page } from '@trellis/shared/orgs/org';
import type { OrgLink } from '@trellis/shared/orgs/views';
import { listChildOrgs } from '../adapters/dynamodb/org/org-store';

/** The public directory under an org (`root`: the top level): its active sub-orgs, 50 a page. */
export async function publicChildOrgs(orgId: string, cursor?: string): Promise<Page<OrgLink>> {
  const page = await listChildOrgs(orgId, cursor, 50);
  return {
    items: page.items.filter((o) => o.status === 'active').map((o) => ({ id: o.id, name: o.name, type: o.type, slug: o.slug })),
    cursor: page.cursor,
  };
}
