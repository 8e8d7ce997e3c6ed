import type { Org } from '@trellis/shared/orgs/org';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { tell } from '../inbox/tell';

type Event = 'siteItem.published' | 'siteItem.returned' | 'siteItem.rejected' | 'siteItem.taken_down';

/** The writer of a site item hears of each decision on it in the inbox, with a link to the item. */
export function tellAuthor(item: SiteItemView, by: Pick<Org, 'name'>, event: Event, reason: string): Promise<void> {
  return tell([item.authorId], {
    event, at: item.updatedAt, fromName: by.name, key: `si-${item.id}-v${item.version}`,
    vars: { title: item.title, site: by.name, reason: reason.slice(0, 200) },
    link: `/w/orgs/${item.origin.orgId}/site-items/${item.id}`,
  });
}
