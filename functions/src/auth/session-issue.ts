import type { SessionRecord } from '@trellis/shared/auth/session-record';
import type { Membership } from '@trellis/shared/accounts/account-record';
import { config } from '../config';
import { newSessionToken, sha256 } from '../security/tokens';

export interface IssuedSession {
  token: string;
  expiresAt: string;
  record: SessionRecord;
  idleMs: number;
}

/**
 * A new session for an account at its current session epoch: the token goes to the client,
 * the record (keyed by the token's hash) to the store, with the memberships when known (else the
 * first session read stores them).
 */
export function issueSession(
  accountId: string, epoch: number, now: number, snapshot?: { memberships: Membership[]; accessVersion: number },
): IssuedSession {
  const cfg = config();
  const token = newSessionToken();
  const absoluteExpiresAt = now + cfg.SESSION_ABSOLUTE_MINUTES * 60_000;
  return {
    token,
    expiresAt: new Date(absoluteExpiresAt).toISOString(),
    record: { tokenHash: sha256(token), accountId, createdAt: now, lastSeenAt: now, absoluteExpiresAt, epoch, ...snapshot },
    idleMs: cfg.SESSION_IDLE_MINUTES * 60_000,
  };
}
