import type { Org } from '@trellis/shared/org/org';
import { importAccountsInput } from '@trellis/shared/account/schemas';
import { route } from '../../http/route';
import { importAccounts } from '../import-accounts';

/** Roster import, one small batch per call (the web reads the Excel file): per-row results, errors by field. */
export const handler = route('accounts.import', importAccountsInput, async ({ input, target }) => {
  const results = await importAccounts(target<Org>().record, input);
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { created: count('created'), existing: count('existing'), failed: count('failed'), results };
});
