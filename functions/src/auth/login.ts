import type { LoginInput } from '@trellis/shared/accounts/schemas';
import type { LoginResult } from '@trellis/shared/auth/views';
import { findAccountIdByLogin, getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { putSession } from '../adapters/dynamodb/session/session-store';
import { AccessDenied } from '../errors';
import { decoyHash, verifyPassword } from '../security/password-hash';
import { parseLogin } from './login-name';
import { failLogin, guardLogin, loginSubjects, passedLogin } from './login-throttle';
import { issueSession } from './session-issue';
import { activeMemberships, sessionView } from './session-view';

/** Username or mobile number plus password; a new session (and token) on every login. */
export async function login(input: LoginInput, clientIp: string, now = Date.now()): Promise<LoginResult> {
  const subjects = loginSubjects(input.login, clientIp);
  const attempts = await guardLogin(subjects, { id: input.captchaId, answer: input.captchaAnswer }, now);
  const accountId = await findAccountIdByLogin(parseLogin(input.login));
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  const valid = await verifyPassword(input.password, loaded?.account.passwordHash ?? (await decoyHash()));
  if (!loaded || !valid) return failLogin(attempts);
  await passedLogin(subjects, now);

  const known = await activeMemberships(loaded.memberships);
  if (loaded.account.status !== 'active' || known.active.length === 0) throw new AccessDenied('auth.account_disabled');

  const issued = issueSession(loaded.account.id, loaded.account.sessionEpoch ?? 0, now);
  await putSession(issued.record, issued.idleMs);
  return {
    token: issued.token,
    expiresAt: issued.expiresAt,
    session: await sessionView(loaded.account, loaded.memberships, known),
  };
}
