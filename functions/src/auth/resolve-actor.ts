import type { Actor } from '@trellis/shared/access/policy';
import type { AccountRecord, Membership, SessionAccount } from '@trellis/shared/accounts/account-record';
import type { Org } from '@trellis/shared/orgs/org';
import { pathIds } from '@trellis/shared/orgs/path';
import { getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { getSessionParts, refreshSession } from '../adapters/dynamodb/session/session-read';
import { config } from '../config';
import { AuthRequired } from '../errors';
import { guessFor, rememberGuess } from './session-guess';

export interface Authenticated {
  actor: Actor;
  account: SessionAccount;
  memberships: Membership[];
  /** The orgs on the memberships' paths, when asked for (`withOrgs`). */
  orgs?: Map<string, Org>;
  /** Those orgs' to-do counters, read with them. */
  todo?: Map<string, Record<string, unknown>>;
}

/** Refresh the idle deadline at most once a minute, not on every request. */
const TOUCH_AFTER_MS = 60_000;

export function actorOf(account: Pick<AccountRecord, 'id' | 'status'>, memberships: Membership[]): Actor {
  return {
    accountId: account.id,
    accountStatus: account.status,
    grants: memberships.flatMap((m) => m.roles.map((role) => ({ orgId: m.orgId, orgPath: m.orgPath, role }))),
  };
}

const withoutHash = ({ passwordHash: _, ...account }: AccountRecord): SessionAccount => account;

/**
 * Reads a session (by its token's hash) and checks it against the account, fresh: the session
 * item holds the memberships as of the account's `accessVersion`, so a container that has read
 * this token before needs ONE BatchGetItem (session, account, and with `withOrgs` the orgs on the
 * memberships' paths); otherwise two. Refused: expired sessions, sessions from before the
 * account's last password change, reset or disabling (epoch), disabled accounts. A role change
 * moves `accessVersion` on: the memberships are read again (one Query) and stored on the session.
 */
export async function resolveActor(tokenHash: string, opts: { withOrgs?: boolean; orgHint?: readonly string[] } = {}, now = Date.now()): Promise<Authenticated> {
  const idleMs = config().SESSION_IDLE_MINUTES * 60_000;
  const guess = guessFor(tokenHash);
  const wanted = (ms: Membership[] | undefined) => (opts.withOrgs ? orgIdsOf(ms ?? []) : []);
  const hint = opts.orgHint ?? [];
  const first = await getSessionParts({ tokenHash, accountId: guess?.accountId, orgIds: [...(opts.withOrgs ? (guess?.orgIds ?? []) : []), ...hint] });
  const { session, orgs, todo } = first;
  if (!session || now > session.absoluteExpiresAt || now > session.lastSeenAt + idleMs) throw new AuthRequired('auth.session_expired');
  let account = first.account?.id === session.accountId ? first.account : null;
  if (!account) {
    const second = await getSessionParts({ accountId: session.accountId, orgIds: wanted(session.memberships).filter((id) => !orgs.has(id)) });
    account = second.account;
    for (const [id, org] of second.orgs) orgs.set(id, org);
    for (const [id, t] of second.todo) todo.set(id, t);
  }
  if (!account || (session.epoch ?? 0) !== (account.sessionEpoch ?? 0)) throw new AuthRequired('auth.session_expired');
  if (account.status !== 'active') throw new AuthRequired('auth.account_disabled');
  const fresh = session.memberships !== undefined && (session.accessVersion ?? 0) === (account.accessVersion ?? 0);
  const memberships = fresh ? (session.memberships ?? []) : ((await getAccountWithMemberships(account.id))?.memberships ?? []);
  const missing = wanted(memberships).filter((id) => !orgs.has(id));
  if (missing.length > 0) {
    const more = await getSessionParts({ orgIds: missing });
    for (const [id, org] of more.orgs) orgs.set(id, org);
    for (const [id, t] of more.todo) todo.set(id, t);
  }
  rememberGuess(tokenHash, account.id, orgIdsOf(memberships));
  if (!fresh || now - session.lastSeenAt > TOUCH_AFTER_MS) {
    await refreshSession(session, now, idleMs, fresh ? undefined : { memberships, accessVersion: account.accessVersion ?? 0 });
  }
  return { actor: actorOf(account, memberships), account: withoutHash(account), memberships, ...(opts.withOrgs ? { orgs, todo } : hint.length > 0 ? { orgs } : {}) };
}

function orgIdsOf(memberships: Membership[]): string[] {
  return [...new Set(memberships.flatMap((m) => pathIds(m.orgPath)))];
}
