import type { Org } from '@trellis/shared/orgs/org';
import { pathIds } from '@trellis/shared/orgs/path';
import type { SiteHeader, SiteHome } from '@trellis/shared/site-items/schemas';
import { findOrgBySlug, getOrgs } from '../adapters/dynamodb/org/org-store';
import type { SiteMembersLine } from '@trellis/shared/sites/site-home';
import { getOrgsWithHome } from '../adapters/dynamodb/site/site-home-store';
import { NotFound } from '../errors';
import { siteSettingsView } from './site-settings-view';

export interface ResolvedSite {
  self: Org;
  chain: Map<string, Org>;
  /** Closed when the org or an ancestor is disabled, or superiors closed the site. */
  closed: boolean;
  closedReason: string | null;
  home: SiteHome;
  members: SiteMembersLine;
}

/**
 * A public site by its slug: the slug guard (it carries the org's path), then the orgs on
 * the path, the site's home projection and its member-units summary in one BatchGet.
 */
export async function resolveSite(slug: string): Promise<ResolvedSite> {
  const found = await findOrgBySlug(slug);
  if (!found) throw new NotFound('site.not_found');
  // Guards written before paths were stored take one more request.
  const path = found.orgPath ?? (await getOrgs([found.orgId])).get(found.orgId)?.path;
  if (!path) throw new NotFound('site.not_found');
  // The home projection and the member summary ride along in the same request.
  const loaded = await getOrgsWithHome(pathIds(path), found.orgId);
  const self = loaded.orgs.get(found.orgId);
  if (!self) throw new NotFound('site.not_found');
  const siteClosed = self.siteStatus?.state === 'closed';
  return {
    self,
    chain: loaded.orgs,
    closed: isClosed(self, loaded.orgs),
    closedReason: siteClosed ? (self.siteStatus?.reason ?? null) : null,
    home: loaded.home,
    members: loaded.members,
  };
}

function isClosed(self: Org, chain: Map<string, Org>): boolean {
  return self.siteStatus?.state === 'closed' || pathIds(self.path).some((id) => chain.get(id)?.status !== 'active');
}

/** Whether an org's site is closed, by its id (an unknown org's site counts as closed): two reads. */
export async function siteClosedById(orgId: string): Promise<boolean> {
  const self = (await getOrgs([orgId])).get(orgId);
  return !self || isClosed(self, await getOrgs(pathIds(self.path)));
}

/** What every public page shows around its content: name, parent, closed state, logo, banner, sections. */
export async function siteHeader(site: ResolvedSite): Promise<SiteHeader> {
  const parent = site.self.parentId ? site.chain.get(site.self.parentId) : undefined;
  return {
    name: site.self.name, slug: site.self.slug, type: site.self.type, region: site.self.region,
    parent: parent && !site.closed ? { name: parent.name, slug: parent.slug } : null,
    closed: site.closed, closedReason: site.closedReason,
    settings: await siteSettingsView(site.self, site.closed),
  };
}
