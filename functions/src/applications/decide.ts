import type { Actor } from '@trellis/shared/access/policy';
import type { ApplicationView, DecisionInput } from '@trellis/shared/applications/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { phoneFreeAndName, putAccountItems } from '../adapters/dynamodb/account/account-store';
import type { ApplicationRecord } from '@trellis/shared/applications/application-record';
import { decideApplicationItem, releaseSlugItem, toApplicationView } from '../adapters/dynamodb/application/application-store';
import { putOutboxItem } from '../adapters/dynamodb/outbox/outbox-store';
import { putSystemMessageItem } from '../adapters/dynamodb/delivery/system-message-store';
import { putOrgItems } from '../adapters/dynamodb/org/org-store';
import { transact, type GuardedItem } from '../adapters/dynamodb/table/transact';
import { newAccount } from '../accounts/create-account';
import { newOrg } from '../orgs/create-child';
import { newId } from '../security/tokens';
import { sitesChanged } from '../edge/public-paths-changed';
import { pathIds } from '@trellis/shared/orgs/path';
import { todoDelta } from '../adapters/dynamodb/todo/todo-counter-store';
import { ensureApprovable } from '../orgs/parent-rule';

function notice(app: ApplicationRecord, template: 'application.approved' | 'application.rejected', vars: Record<string, string>) {
  return putOutboxItem({
    id: newId('sms', 16), to: app.mobile, template, text: renderSms(template, vars), createdAt: new Date().toISOString(),
  });
}

/** Approval provisions the org, its admin account and membership, and its public site. */
function provisioningItems(app: ApplicationRecord, parent: Org, phoneFree: boolean, at: string): { items: GuardedItem[]; slug: string } {
  const org = newOrg(parent, { ...app, slug: app.slug ?? undefined }, { contact: { person: app.contactName, phone: '', email: app.email, address: '' } });
  const phone = phoneFree ? app.mobile : null;
  const account = newAccount(
    org,
    { username: app.adminUsername, displayName: app.contactName, phone, passwordHash: app.adminPasswordHash },
    { mustChangePassword: false },
  );
  const membership = { accountId: account.id, orgId: org.id, orgPath: org.path, roles: ['admin' as const] };
  // The new admin's inbox starts with the decision, linking to the new org's workspace.
  const welcome = putSystemMessageItem(account.id, {
    event: 'application.approved', vars: { name: app.name, parent: parent.name }, link: `/w/orgs/${org.id}`,
    fromName: parent.name, key: `app-${app.id}`, at,
  });
  return { items: [...putOrgItems(org, app.id), ...putAccountItems(account, membership), welcome], slug: org.slug };
}

/**
 * Approves or rejects a pending application in ONE transaction with everything it causes
 * (provisioning, the applicant's SMS). Of two admins deciding at once exactly one wins;
 * the other gets `application.already_decided`.
 */
export async function decideApplication(
  actor: Actor,
  app: ApplicationRecord,
  parent: Org,
  input: DecisionInput,
): Promise<ApplicationView> {
  const decidedAt = new Date().toISOString();
  // A contact person may run several orgs: the mobile becomes a login only if still free.
  const { phoneFree, name } = await phoneFreeAndName(app.mobile, actor.accountId);
  const by = { id: actor.accountId, name };
  let orgSlug: string | null = null;
  if (input.decision === 'reject') {
    await transact([
      decideApplicationItem(app, 'rejected', by, input.reason, decidedAt, null),
      ...todoDelta(pathIds(app.parentPath), 'applications', -1),
      notice(app, 'application.rejected', { name: app.name, reason: input.reason, number: app.number }),
      ...releaseSlugItem(app),
    ]);
  } else {
    ensureApprovable(parent, app.type);
    const { items, slug } = provisioningItems(app, parent, phoneFree, decidedAt);
    orgSlug = slug;
    await transact([
      decideApplicationItem(app, 'approved', by, input.reason, decidedAt, slug),
      ...todoDelta(pathIds(app.parentPath), 'applications', -1),
      ...items,
      notice(app, 'application.approved', { name: app.name, username: app.adminUsername }),
    ]);
    // The new site appears in the parent's directory of sub-orgs; its address may have been a cached 404.
    await sitesChanged('org-created', [parent.slug, slug]);
  }
  // The transaction succeeded, so the stored application is exactly this: no read back.
  return toApplicationView({
    ...app,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    decidedBy: actor.accountId,
    decidedByName: by.name,
    reason: input.reason || null,
    decidedAt,
    orgSlug,
    version: app.version + 1,
  });
}
