import { renderSms } from '@trellis/shared/notify/sms-templates';
import type { Candidate } from '@trellis/shared/notices/targeting';
import { resolveRecipients } from '@trellis/shared/notices/targeting';
import { counterNames, type OrgLabel } from '@trellis/shared/notices/stats';
import { pathIds } from '@trellis/shared/orgs/path';
import type { Membership } from '@trellis/shared/accounts/account-record';
import { getAccounts, listMembershipsUnder } from '../adapters/dynamodb/account/account-store';
import { putAll } from '../adapters/dynamodb/table/batch-write';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import { deliveryItem, listDeliveredIds } from '../adapters/dynamodb/delivery/delivery-store';
import { finishNotice, putTotals } from '../adapters/dynamodb/notice/notice-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { putMissingOutboxItems } from '../adapters/dynamodb/outbox/outbox-fill';
import { outboxItem } from '../adapters/dynamodb/outbox/outbox-store';

/** The orgs on every candidate's path from the sender down, with their labels; disabled ones dropped. */
async function orgsBelow(senderPath: string, memberships: Membership[], extraIds: string[]) {
  const senderDepth = pathIds(senderPath).length;
  const ids = new Set(extraIds);
  for (const m of memberships) for (const id of pathIds(m.orgPath).slice(senderDepth - 1)) ids.add(id);
  for (const id of pathIds(senderPath)) ids.add(id);
  const orgs = await getOrgs([...ids]);
  const active = (path: string) => pathIds(path).every((id) => orgs.get(id)?.status === 'active');
  return { orgs, active };
}

/**
 * Publishes a notice: resolves recipients once (memberships under the sender's subtree),
 * writes one delivery per recipient (plus an SMS outbox item if asked) in batches of 25,
 * writes the totals, then marks the notice published. `resume` continues a publish that
 * died half-way: recipients resolve the same, those already delivered get no new delivery,
 * and every recipient's SMS outbox item (ids fixed per notice and recipient) is written only
 * if missing: one lost with a partial batch is written now, one already there (perhaps
 * sent) is left alone, and the worker acts on INSERTs only, so nobody gets it twice.
 */
export async function publishNotice(notice: NoticeRecord, known?: Membership[], resume = false): Promise<number> {
  const memberships = known ?? (await listMembershipsUnder(notice.orgPath));
  const delivered = resume ? await listDeliveredIds(notice.id) : new Set<string>();
  const { orgs, active } = await orgsBelow(notice.orgPath, memberships, [...notice.targets.subtrees, ...notice.targets.orgs]);
  const candidates: Candidate[] = memberships
    .filter((m) => active(m.orgPath))
    .map((m) => ({ ...m, orgType: orgs.get(m.orgId)?.type ?? 'school' }));
  const paths = new Map([...orgs.values()].map((o) => [o.id, o.path]));
  const resolved = resolveRecipients(candidates, notice.targets, paths);
  const accounts = await getAccounts(resolved.map((r) => r.accountId));

  const items: Record<string, unknown>[] = [];
  const resumedSms: Record<string, unknown>[] = [];
  const totals: Record<string, number> = {};
  const labels: Record<string, OrgLabel> = {};
  for (const r of resolved) {
    const account = accounts.get(r.accountId);
    if (!account || account.status !== 'active') continue;
    const smsTo = account.phone && account.phoneVerified && !account.smsOptOut ? account.phone : null;
    const delivery: Delivery = {
      noticeId: notice.id, title: notice.title, orgName: notice.orgName, publishedAt: notice.publishAt,
      confirmBy: notice.confirmBy, readAt: null, confirmedAt: null, accountId: r.accountId, orgId: r.orgId,
      orgPath: r.orgPath, roles: r.roles, displayName: account.displayName, smsTo, senderPath: notice.orgPath,
    };
    const fresh = !delivered.has(r.accountId);
    if (fresh) items.push(deliveryItem(delivery));
    if (notice.sendSms && smsTo && (fresh || resume)) {
      (resume ? resumedSms : items).push(outboxItem({
        id: `pub-${notice.id}-${r.accountId}`, to: smsTo, orgId: notice.orgId, template: 'notice.published',
        text: renderSms('notice.published', { title: notice.title }), createdAt: new Date().toISOString(),
      }));
    }
    for (const name of counterNames('total', r.orgPath, notice.orgPath, r.roles)) totals[name] = (totals[name] ?? 0) + 1;
    for (const id of pathIds(r.orgPath).slice(pathIds(notice.orgPath).length - 1)) {
      const org = orgs.get(id);
      if (org) labels[id] = { name: org.name, parentId: org.parentId, type: org.type, path: org.path };
    }
  }
  await putAll(items);
  await putMissingOutboxItems(resumedSms);
  await putTotals(notice.id, totals, labels);
  await finishNotice(notice.id, totals['total.all'] ?? 0);
  return totals['total.all'] ?? 0;
}
