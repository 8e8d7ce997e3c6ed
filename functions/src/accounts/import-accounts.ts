import type { Role } from '@trellis/shared/access/roles';
import { importRowSchema, type ImportRowResult } from '@trellis/shared/accounts/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import { createdByImport } from '../adapters/dynamodb/account/account-import-store';
import { putAccountItems } from '../adapters/dynamodb/account/account-store';
import { transact } from '../adapters/dynamodb/table/transact';
import { Conflict } from '../errors';
import { fieldErrors } from '@trellis/shared/http/field-errors';
import { hashPassword } from '../security/password-hash';
import { temporaryPassword } from '../security/tokens';
import { newAccount } from './create-account';

export interface ImportBatch {
  importId: string;
  role: Role;
  /** Roster row number of the first row (results are numbered as in the whole roster). */
  firstRow: number;
  rows: Record<string, unknown>[];
}

/**
 * Registers one batch of a roster at `org` with one role, row by row: each row is checked
 * like a single account; a bad or duplicate row is reported with its errors and does not
 * stop the others. Each created account gets a temporary password, changed at first login.
 * A row whose username this same import already created (a retried batch) is `existing`.
 */
export async function importAccounts(org: Org, batch: ImportBatch): Promise<ImportRowResult[]> {
  const results: ImportRowResult[] = [];
  for (const [index, raw] of batch.rows.entries()) {
    const row = batch.firstRow + index;
    const parsed = importRowSchema.safeParse(raw);
    const username = typeof raw.username === 'string' ? raw.username : '';
    if (!parsed.success) {
      results.push({ row, username, status: 'failed', fields: fieldErrors(parsed.error.issues) });
      continue;
    }
    const temp = temporaryPassword();
    const account = newAccount(org, { ...parsed.data, passwordHash: await hashPassword(temp) }, { mustChangePassword: true });
    const stored = { ...account, importId: batch.importId };
    try {
      await transact(putAccountItems(stored, { accountId: account.id, orgId: org.id, orgPath: org.path, roles: [batch.role] }));
      results.push({ row, username: account.username, status: 'created', temporaryPassword: temp });
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      if (error.code === 'username.taken' && (await createdByImport(account.username, batch.importId, org.id))) {
        results.push({ row, username: account.username, status: 'existing' });
        continue;
      }
      const field = error.code === 'phone.taken' ? 'phone' : 'username';
      results.push({ row, username: account.username, status: 'failed', fields: { [field]: [error.code] } });
    }
  }
  return results;
}
