import type { Actor } from '@trellis/shared/access/policy';
import type { AccountRecord, Membership } from '@trellis/shared/accounts/account-record';
import { getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { getSession, touchSession } from '../adapters/dynamodb/session/session-store';
import { config } from '../config';
import { AuthRequired } from '../errors';

export interface Authenticated {
  actor: Actor;
  account: AccountRecord;
  memberships: Membership[];
}

/** Refresh the idle deadline at most once a minute, not on every request. */
const TOUCH_AFTER_MS = 60_000;

export function actorOf(account: AccountRecord, memberships: Membership[]): Actor {
  return {
    accountId: account.id,
    accountStatus: account.status,
    grants: memberships.flatMap((m) => m.roles.map((role) => ({ orgId: m.orgId, orgPath: m.orgPath, role }))),
  };
}

/**
 * Resolves a session token's hash to the acting account: one GetItem for the session,
 * one Query for the account and its memberships. Expired sessions are refused, and so are
 * sessions from before the account's last password change, reset or disabling (epoch).
 */
export async function resolveActor(tokenHash: string, now = Date.now()): Promise<Authenticated> {
  const cfg = config();
  const idleMs = cfg.SESSION_IDLE_MINUTES * 60_000;
  const session = await getSession(tokenHash);
  if (!session || now > session.absoluteExpiresAt || now > session.lastSeenAt + idleMs) {
    throw new AuthRequired('auth.session_expired');
  }
  const loaded = await getAccountWithMemberships(session.accountId);
  if (!loaded || (session.epoch ?? 0) !== (loaded.account.sessionEpoch ?? 0)) throw new AuthRequired('auth.session_expired');
  if (loaded.account.status !== 'active') throw new AuthRequired('auth.account_disabled');
  if (now - session.lastSeenAt > TOUCH_AFTER_MS) await touchSession(session, now, idleMs);
  return { actor: actorOf(loaded.account, loaded.memberships), ...loaded };
}
