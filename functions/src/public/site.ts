import type { SiteOrgLink, SiteView } from '@trellis/shared/site/schemas';
import { pathIds } from '@trellis/shared/org/path';
import type { Org } from '@trellis/shared/org/org';
import { findOrgBySlug, getOrgs, listChildOrgs } from '../adapters/dynamodb/org-store';
import { NotFound } from '../errors';
import { closedReasonOf, siteSettingsView } from './site-settings-view';

const link = (o: { name: string; slug: string; type: SiteOrgLink['type'] }): SiteOrgLink => ({
  name: o.name, slug: o.slug, type: o.type,
});

/**
 * The public website of an org. When the org or any ancestor is disabled the site shows
 * only that it is closed. Reads: the slug guard, the orgs on the path (one BatchGet), one page of children.
 */
export async function siteBySlug(slug: string, cursor?: string): Promise<SiteView> {
  const found = await findOrgBySlug(slug);
  if (!found) throw new NotFound('site.not_found');
  // The guard carries the org's path (paths never change), so the org and all its
  // ancestors come in one BatchGet; guards written before paths were stored take one more.
  const path = found.orgPath ?? (await getOrgs([found.orgId])).get(found.orgId)?.path;
  const chain = path ? await getOrgs(pathIds(path)) : new Map<string, Org>();
  const self = chain.get(found.orgId);
  if (!self) throw new NotFound('site.not_found');
  const closed = pathIds(self.path).some((id) => chain.get(id)?.status !== 'active') || self.siteStatus?.state === 'closed';
  const extra = { closedReason: closedReasonOf(self), settings: await siteSettingsView(self) };
  const parent = self.parentId ? chain.get(self.parentId) : undefined;
  const org = { name: self.name, type: self.type, slug: self.slug, region: self.region, intro: '', contact: { person: '', phone: '', email: '', address: '' } };
  if (closed) return { closed, org, parent: null, children: [], cursor: null, ...extra };
  const children = await listChildOrgs(self.id, cursor, 30);
  return {
    closed,
    org: { ...org, intro: self.intro, contact: self.contact },
    parent: parent ? link(parent) : null,
    children: children.items.filter((c) => c.status === 'active').map(link),
    cursor: children.cursor,
    ...extra,
  };
}
