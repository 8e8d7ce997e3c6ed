import type { Role } from '@trellis/shared/access/roles';
import { importRowSchema, type ImportRowResult } from '@trellis/shared/account/schemas';
import type { Org } from '@trellis/shared/org/org';
import { putAccountItems } from '../adapters/dynamodb/account-store';
import { transact } from '../adapters/dynamodb/transact';
import { Conflict } from '../errors';
import { fieldErrors } from '../http/middleware/parse-input';
import { hashPassword } from '../security/password-hash';
import { temporaryPassword } from '../security/tokens';
import { newAccount } from './create-account';

/**
 * Registers a roster of accounts at `org` with one role, row by row: each row is checked
 * like a single account; a bad or duplicate row is reported with its errors and does not
 * stop the others. Each created account gets a temporary password, changed at first login.
 */
export async function importAccounts(org: Org, role: Role, rows: Record<string, unknown>[]): Promise<ImportRowResult[]> {
  const results: ImportRowResult[] = [];
  for (const [index, raw] of rows.entries()) {
    const row = index + 1;
    const parsed = importRowSchema.safeParse(raw);
    const username = typeof raw.username === 'string' ? raw.username : '';
    if (!parsed.success) {
      results.push({ row, username, status: 'failed', fields: fieldErrors(parsed.error.issues) });
      continue;
    }
    const temp = temporaryPassword();
    const account = newAccount(org, { ...parsed.data, passwordHash: await hashPassword(temp) }, { mustChangePassword: true });
    try {
      await transact(putAccountItems(account, { accountId: account.id, orgId: org.id, orgPath: org.path, roles: [role] }));
      results.push({ row, username: account.username, status: 'created', temporaryPassword: temp });
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      const field = error.code === 'phone.taken' ? 'phone' : 'username';
      results.push({ row, username: account.username, status: 'failed', fields: { [field]: [error.code] } });
    }
  }
  return results;
}
