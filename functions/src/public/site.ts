import type { SiteOrgLink, SiteView } from '@trellis/shared/site/schemas';
import { pathIds } from '@trellis/shared/org/path';
import { findOrgIdBySlug, getOrgs, listChildOrgs } from '../adapters/dynamodb/org-store';
import { NotFound } from '../errors';

const link = (o: { name: string; slug: string; type: SiteOrgLink['type'] }): SiteOrgLink => ({
  name: o.name, slug: o.slug, type: o.type,
});

/**
 * The public website of an org. When the org or any ancestor is disabled the site shows
 * only that it is closed. Reads: slug guard, the orgs on the path, one page of children.
 */
export async function siteBySlug(slug: string, cursor?: string): Promise<SiteView> {
  const orgId = await findOrgIdBySlug(slug);
  if (!orgId) throw new NotFound('site.not_found');
  const self = (await getOrgs([orgId])).get(orgId);
  if (!self) throw new NotFound('site.not_found');
  const chain = await getOrgs(pathIds(self.path));
  const closed = pathIds(self.path).some((id) => chain.get(id)?.status !== 'active');
  const parent = self.parentId ? chain.get(self.parentId) : undefined;
  const org = { name: self.name, type: self.type, slug: self.slug, region: self.region, intro: '', contact: { person: '', phone: '', email: '', address: '' } };
  if (closed) return { closed, org, parent: null, children: [], cursor: null };
  const children = await listChildOrgs(self.id, cursor, 30);
  return {
    closed,
    org: { ...org, intro: self.intro, contact: self.contact },
    parent: parent ? link(parent) : null,
    children: children.items.filter((c) => c.status === 'active').map(link),
    cursor: children.cursor,
  };
}
