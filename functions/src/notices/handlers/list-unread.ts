import { noticesRoutes } from '@trellis/shared/notices/routes';
import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import { type UnreadRecipient } from '@trellis/shared/notices/schemas';
import { listUnreadRecipients } from '../../adapters/dynamodb/delivery/delivery-store';

import { getOrgs } from '../../adapters/dynamodb/org/org-store';
import { AccessDenied } from '../../errors';
import { route } from '../../access/route';

/** Who has not read it yet, optionally under one org of the tree (drill-down). */
export const handler = route(noticesRoutes.unread, async ({ input, target }) => {
  const { notice } = target().record;
  const scope = input.orgId ? (await getOrgs([input.orgId])).get(input.orgId) : undefined;
  if (input.orgId && (!scope || !isSelfOrAncestorPath(notice.orgPath, scope.path))) throw new AccessDenied();
  const page = await listUnreadRecipients(notice.id, scope?.path ?? notice.orgPath, input.cursor);
  const orgs = await getOrgs([...new Set(page.items.map((d) => d.orgId))]);
  const items: UnreadRecipient[] = page.items.map((d) => ({
    accountId: d.accountId, displayName: d.displayName, orgId: d.orgId, orgName: orgs.get(d.orgId)?.name ?? '',
    roles: d.roles, hasVerifiedPhone: d.smsTo !== null,
  }));
  return { items, cursor: page.cursor };
});
