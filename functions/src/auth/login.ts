import type { LoginInput, SessionView } from '@trellis/shared/account/schemas';
import { mobileSchema } from '@trellis/shared/account/schemas';
import { findAccountIdByLogin, getAccountWithMemberships } from '../adapters/dynamodb/account-store';
import { putSession } from '../adapters/dynamodb/session-store';
import { config } from '../config';
import { AccessDenied } from '../errors';
import { decoyHash, verifyPassword } from '../security/password-hash';
import { newSessionToken, sha256 } from '../security/tokens';
import { failLogin, guardLogin, loginSubjects } from './login-throttle';
import { activeMemberships, sessionView } from './session-view';

export interface LoginResult {
  token: string;
  expiresAt: string;
  session: SessionView;
}

/** Username or mobile number plus password; a new session (and token) on every login. */
export async function login(input: LoginInput, clientIp: string, now = Date.now()): Promise<LoginResult> {
  const subjects = loginSubjects(input.login, clientIp);
  const failures = await guardLogin(subjects, { id: input.captchaId, answer: input.captchaAnswer }, now);
  const phone = mobileSchema.safeParse(input.login);
  const accountId = await findAccountIdByLogin(
    phone.success ? { phone: phone.data } : { username: input.login.trim().toLowerCase() },
  );
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  const valid = await verifyPassword(input.password, loaded?.account.passwordHash ?? (await decoyHash()));
  if (!loaded || !valid) return failLogin(subjects, failures, now);

  const known = await activeMemberships(loaded.memberships);
  if (loaded.account.status !== 'active' || known.active.length === 0) throw new AccessDenied('auth.account_disabled');

  const cfg = config();
  const token = newSessionToken();
  const absoluteExpiresAt = now + cfg.SESSION_ABSOLUTE_MINUTES * 60_000;
  await putSession(
    { tokenHash: sha256(token), accountId: loaded.account.id, createdAt: now, lastSeenAt: now, absoluteExpiresAt },
    cfg.SESSION_IDLE_MINUTES * 60_000,
  );
  return {
    token,
    expiresAt: new Date(absoluteExpiresAt).toISOString(),
    session: await sessionView(loaded.account, loaded.memberships, known),
  };
}
