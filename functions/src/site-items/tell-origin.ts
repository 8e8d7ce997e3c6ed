import type { Actor } from '@trellis/shared/access/policy';
import { composeNoticeInput } from '@trellis/shared/notices/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { composeNotice } from '../notices/compose';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Tells the author's org why its item was taken down: an internal notice (no SMS) from the
 * org that took it down to the admins and correspondents of the item's origin org. The
 * takedown is already recorded (trail, status); a failure here is logged, not raised.
 * Idempotent per takedown (the request id is the item and its version).
 */
export async function tellOriginOfTakedown(actor: Actor, level: Org, item: SiteItemView): Promise<void> {
  const reason = item.takedown?.reason ?? '';
  const input = composeNoticeInput.parse({
    orgId: level.id,
    title: `稿件已被撤下：${item.title}`.slice(0, 100),
    bodyHtml: `<p>贵单位发布的稿件“${escape(item.title)}”已被${escape(level.name)}撤下，不再在任何网站显示。</p><p>撤下理由：${escape(reason)}</p>`,
    targets: { orgs: [item.origin.orgId], roles: ['admin', 'correspondent'] },
    requestId: `takedown-${item.id}-${item.version}`,
  });
  try {
    await composeNotice(actor, level, input);
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'takedown notice failed', itemId: item.id, error: String(error) }));
  }
}
