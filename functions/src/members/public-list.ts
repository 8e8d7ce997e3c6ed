import type { PublicMembersView } from '@trellis/shared/members/schemas';
import { getMemberSummary, listMembers } from '../adapters/dynamodb/member-store';
import { siteOrg } from './open-site';

export const PUBLIC_PAGE_SIZE = 50;

/** The public member page: approved units by join date (the page groups them by type); nothing when the site is closed. */
export async function publicMembers(slug: string, cursor?: string): Promise<PublicMembersView> {
  const { org, closed, closedReason } = await siteOrg(slug);
  const base = { org: { name: org.name, slug: org.slug, type: org.type }, closed, closedReason };
  if (closed) return { ...base, items: [], total: 0, cursor: null };
  const [page, summary] = await Promise.all([listMembers(org.id, 'approved', '', cursor, PUBLIC_PAGE_SIZE), getMemberSummary(org.id)]);
  return {
    ...base,
    items: page.items.map((m) => ({ name: m.name, type: m.type, joinedAt: m.joinedAt ?? m.submittedAt })),
    total: summary.total,
    cursor: page.cursor,
  };
}
