import type { PublicMembersView } from '@trellis/shared/members/schemas';
import { listMembers } from '../adapters/dynamodb/member/member-store';
import { resolveSite, siteHeader } from '../sites/site-chain';

export const PUBLIC_PAGE_SIZE = 50;

/**
 * The public member page: approved units by join date (the page groups them by type); nothing
 * when the site is closed. Reads: the slug guard, the org chain with the member summary (its
 * total) in one BatchGet, one page of members.
 */
export async function publicMembers(slug: string, cursor?: string): Promise<PublicMembersView> {
  const site = await resolveSite(slug);
  const header = await siteHeader(site);
  if (site.closed) return { site: header, items: [], total: 0, cursor: null };
  const page = await listMembers(site.self.id, 'approved', '', cursor, PUBLIC_PAGE_SIZE);
  return {
    site: header,
    items: page.items.map((m) => ({ name: m.name, type: m.type, joinedAt: m.joinedAt ?? m.submittedAt })),
    total: site.members.total,
    cursor: page.cursor,
  };
}
