import { setPassword } from '../adapters/dynamodb/account-writes';
import { ValidationError } from '../errors';
import { hashPassword, verifyPassword } from '../security/password-hash';
import type { Authenticated } from './resolve-actor';

/** The signed-in person changes their password (also the forced change after a reset). */
export async function changePassword(auth: Authenticated, current: string, next: string): Promise<void> {
  if (!(await verifyPassword(current, auth.account.passwordHash))) {
    throw new ValidationError({ current: ['password.wrong'] });
  }
  if (current === next) throw new ValidationError({ next: ['password.unchanged'] });
  await setPassword(auth.account.id, await hashPassword(next), false);
}
