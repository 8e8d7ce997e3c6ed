import type { SiteItemView } from './schemas';

/** The slugs of the sites that show the item publicly (its page, their lists, home, RSS, sitemap). */
export function sitesShowing(item: SiteItemView | null): Set<string> {
  if (!item || item.status !== 'published') return new Set();
  return new Set(item.placements.filter((p) => p.state === 'published').map((p) => p.orgSlug));
}

/**
 * The sites whose public pages a step changes: those that show the item after it and not before
 * (approve, publish, restore) or before and not after (takedown: every site that carried it).
 * Steps that change nothing public (a draft, a submission, a recommendation, a rejection at a
 * site that never showed it) change no site. Published items are not editable, so a site that
 * showed the item before and after shows the same page.
 */
export function sitesChangedBy(before: SiteItemView | null, after: SiteItemView): string[] {
  const was = sitesShowing(before);
  const is = sitesShowing(after);
  return [...new Set([...was, ...is])].filter((slug) => was.has(slug) !== is.has(slug)).sort();
}
