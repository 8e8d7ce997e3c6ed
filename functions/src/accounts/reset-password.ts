import { setPassword } from '../adapters/dynamodb/account/account-writes';
import { hashPassword } from '../security/password-hash';
import { temporaryPassword } from '../security/tokens';

/** Gives an account a temporary password, to be changed at next login; answers it once. */
export async function resetPassword(accountId: string): Promise<{ temporaryPassword: string }> {
  const temp = temporaryPassword();
  await setPassword(accountId, await hashPassword(temp), true);
  return { temporaryPassword: temp };
}
