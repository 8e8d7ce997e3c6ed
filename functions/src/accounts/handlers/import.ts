import { accountsRoutes } from '@trellis/shared/accounts/routes';
import { route } from '../../access/route';
import { importAccounts } from '../import-accounts';

/** Roster import, one small batch per call (the web reads the Excel file): per-row results, errors by field. */
export const handler = route(accountsRoutes.import, async ({ input, target }) => {
  const results = await importAccounts(target().record, input);
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { created: count('created'), existing: count('existing'), failed: count('failed'), results };
});
