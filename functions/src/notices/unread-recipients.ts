import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import type { UnreadRecipient } from '@trellis/shared/notices/schemas';
import type { Page } from '@trellis/shared/orgs/org';
import { listUnreadRecipients } from '../adapters/dynamodb/delivery/delivery-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { AccessDenied } from '../errors';

/**
 * The org path a drill-down reads under: the notice's own org, or `orgId` (the row's declared
 * `noticeDrillDown` scope has checked it lies in the notice's subtree).
 */
async function drillDownPath(notice: NoticeRecord, orgId: string | undefined): Promise<string> {
  if (!orgId) return notice.orgPath;
  const scope = (await getOrgs([orgId])).get(orgId);
  if (!scope) throw new AccessDenied();
  return scope.path;
}

/** Who has not read the notice yet, optionally under one org of its tree, with their org's name. */
export async function unreadRecipients(notice: NoticeRecord, orgId: string | undefined, cursor?: string): Promise<Page<UnreadRecipient>> {
  const page = await listUnreadRecipients(notice.id, await drillDownPath(notice, orgId), cursor);
  const orgs = await getOrgs([...new Set(page.items.map((d) => d.orgId))]);
  const items = page.items.map((d) => ({
    accountId: d.accountId, displayName: d.displayName, orgId: d.orgId, orgName: orgs.get(d.orgId)?.name ?? '',
    roles: d.roles, hasVerifiedPhone: d.smsTo !== null,
  }));
  return { items, cursor: page.cursor };
}
