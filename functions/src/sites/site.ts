import type { SiteOrgLink, SiteView } from '@trellis/shared/sites/schemas';
import { listChildOrgs } from '../adapters/dynamodb/org/org-store';
import { resolveSite } from './site-chain';
import { siteSettingsView } from './site-settings-view';

const link = (o: { name: string; slug: string; type: SiteOrgLink['type'] }): SiteOrgLink => ({
  name: o.name, slug: o.slug, type: o.type,
});

/**
 * The public website of an org. When the org or any ancestor is disabled, or the site is
 * closed, it shows only that it is closed (and why). Reads: the slug guard, the orgs on the
 * path with the site's home projection and member summary (one BatchGet), one page of children.
 */
export async function siteBySlug(slug: string, cursor?: string): Promise<SiteView> {
  const { self, chain, closed, closedReason, home, members } = await resolveSite(slug);
  const parent = self.parentId ? chain.get(self.parentId) : undefined;
  const org = { name: self.name, type: self.type, slug: self.slug, region: self.region, intro: '', contact: { person: '', phone: '', email: '', address: '' } };
  const settings = await siteSettingsView(self, closed);
  const empty = { news: [], notices: [], fromBelow: [] };
  if (closed) return { closed, closedReason, org, parent: null, children: [], cursor: null, home: empty, settings, members: { items: [], total: 0 } };
  const children = await listChildOrgs(self.id, cursor, 30);
  return {
    closed,
    closedReason,
    org: { ...org, intro: self.intro, contact: self.contact },
    parent: parent ? link(parent) : null,
    children: children.items.filter((c) => c.status === 'active').map(link),
    cursor: children.cursor,
    home,
    settings,
    members,
  };
}
