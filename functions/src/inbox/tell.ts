import type { Role } from '@trellis/shared/access/roles';
import type { SystemMessage } from '@trellis/shared/inbox/system-message';
import { listOrgMembers } from '../adapters/dynamodb/account/account-store';
import { putSystemMessages } from '../adapters/dynamodb/delivery/system-message-store';

/**
 * Tells people of a decision in their inbox. The decision is already stored; a failure here
 * is logged (with the key, to resend by hand), never raised into the request that decided.
 */
export async function tell(accountIds: readonly string[], m: SystemMessage): Promise<void> {
  if (accountIds.length === 0) return;
  try {
    await putSystemMessages(accountIds, m);
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'system message not written', event: m.event, key: m.key, error: String(error) }));
  }
}

/** The accounts holding one of `roles` at an org (its first 50 members: admins are few). */
export async function memberIdsWithRole(orgId: string, roles: readonly Role[] = ['admin']): Promise<string[]> {
  const page = await listOrgMembers(orgId, undefined, 50);
  return page.items.filter((m) => m.status === 'active' && (m.roles as Role[]).some((r) => roles.includes(r))).map((m) => m.id);
}

/** Tells an org's admins. */
export async function tellAdmins(orgId: string, m: SystemMessage): Promise<void> {
  try {
    await tell(await memberIdsWithRole(orgId), m);
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'system message recipients not read', event: m.event, key: m.key, error: String(error) }));
  }
}
