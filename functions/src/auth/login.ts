import type { LoginInput } from '@trellis/shared/accounts/schemas';
import type { LoginResult } from '@trellis/shared/auth/views';
import { pathIds } from '@trellis/shared/orgs/path';
import { findAccountIdByLogin, getAccountWithMemberships, toAccountView } from '../adapters/dynamodb/account/account-store';
import { MAX_CHECKED_ORGS, startSession } from '../adapters/dynamodb/session/session-start';
import { forgetAttemptItems } from '../adapters/dynamodb/throttle/throttle-store';
import { AccessDenied } from '../errors';
import { decoyHash, verifyPassword } from '../security/password-hash';
import { parseLogin } from './login-name';
import { failLogin, guardLogin, loginSubjects, passedLogin, WINDOW_MS } from './login-throttle';
import { issueSession } from './session-issue';
import { rememberGuess } from './session-guess';
import { activeMemberships } from './session-view';

/**
 * Username or mobile number plus password; a new session (and token) on every login. Five
 * DynamoDB requests when the memberships' orgs are all active: the attempt counted per name and
 * per IP (two UpdateItems, in parallel with the login lookup, a GetItem), the account with its
 * memberships (Query), and ONE transaction storing the session, taking the attempt back and
 * checking that every org on the memberships' paths is active. Otherwise the orgs are read
 * (BatchGet) and the session names only the active ones' orgs.
 */
export async function login(input: LoginInput, clientIp: string, now = Date.now()): Promise<LoginResult> {
  const subjects = loginSubjects(input.login, clientIp);
  const [attempts, accountId] = await Promise.all([
    guardLogin(subjects, { id: input.captchaId, answer: input.captchaAnswer }, now),
    findAccountIdByLogin(parseLogin(input.login)),
  ]);
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  const valid = await verifyPassword(input.password, loaded?.account.passwordHash ?? (await decoyHash()));
  if (!loaded || !valid) return failLogin(attempts);
  const { account, memberships } = loaded;
  if (account.status !== 'active') {
    await passedLogin(subjects, now);
    throw new AccessDenied('auth.account_disabled');
  }
  const issued = issueSession(account.id, account.sessionEpoch ?? 0, now, { memberships, accessVersion: account.accessVersion ?? 0 });
  const orgIds = [...new Set(memberships.flatMap((m) => pathIds(m.orgPath)))];
  const forget = forgetAttemptItems(subjects, WINDOW_MS, now);
  let started = orgIds.length > 0 && orgIds.length <= MAX_CHECKED_ORGS && (await startSession(issued.record, issued.idleMs, forget, orgIds));
  if (!started) {
    const { active } = await activeMemberships(memberships);
    if (active.length === 0) {
      await passedLogin(subjects, now);
      throw new AccessDenied('auth.account_disabled');
    }
    started = await startSession(issued.record, issued.idleMs, forget, [...new Set(active.flatMap((m) => pathIds(m.orgPath)))].slice(0, MAX_CHECKED_ORGS));
    if (!started) throw new AccessDenied('auth.account_disabled');
  }
  rememberGuess(issued.record.tokenHash, account.id, orgIds);
  return { token: issued.token, expiresAt: issued.expiresAt, account: toAccountView(account) };
}
