/**
 * Keys of the library's browse indexes (GSI3, both sparse: only published works are in them).
 * - Newest: the resource item itself, by publish time.
 * - Most viewed: the resource's counter item, by its zero-padded view count. The counter item
 *   carries copies of the filter fields (region path, school, category, subject, title key), so
 *   the index can filter without reading the resource; a page then BatchGets its resources.
 */
export const resourceBrowseKeys = {
  newest: (publishedAt: string, id: string) => ({ gsi3pk: 'RESNEW', gsi3sk: `${publishedAt}#${id}#` }),
  newestPartition: 'RESNEW',
  mostViewed: (views: number, id: string) => ({ gsi3pk: 'RESVIEWS', gsi3sk: `${String(views).padStart(12, '0')}#${id}#` }),
  mostViewedPartition: 'RESVIEWS',
} as const;

/** Titles are searched after NFKC and case folding, as a substring. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
