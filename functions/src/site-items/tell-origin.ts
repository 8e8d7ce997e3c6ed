import type { Org } from '@trellis/shared/orgs/org';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { memberIdsWithRole, tell } from '../inbox/tell';

/**
 * Tells the author's org why its item was taken down: a system message in the inboxes of the
 * origin org's admins and correspondents (and the writer, see tell-author.ts), from the org that
 * took it down, linking to the item. The takedown is already recorded (trail, status); a failure
 * here is logged, not raised. Written once per takedown (the key is the item and its version).
 */
export async function tellOriginOfTakedown(level: Org, item: SiteItemView): Promise<void> {
  try {
    const people = await memberIdsWithRole(item.origin.orgId, ['admin', 'correspondent']);
    await tell(people, {
      event: 'siteItem.taken_down', at: item.updatedAt, fromName: level.name, key: `si-${item.id}-v${item.version}`,
      vars: { title: item.title, site: level.name, reason: (item.takedown?.reason ?? '').slice(0, 200) },
      link: `/w/orgs/${item.origin.orgId}/site-items/${item.id}`,
    });
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'takedown message failed', itemId: item.id, error: String(error) }));
  }
}
