import type { Org } from '@trellis/shared/org/org';
import { importAccountsInput } from '@trellis/shared/account/schemas';
import { route } from '../../http/route';
import { importAccounts } from '../import-accounts';

/** Roster import (the web reads the Excel file): per-row results, errors by field. */
export const handler = route('accounts.import', importAccountsInput, async ({ input, target }) => {
  const results = await importAccounts(target<Org>().record, input.role, input.rows);
  return { created: results.filter((r) => r.status === 'created').length, failed: results.filter((r) => r.status === 'failed').length, results };
});
