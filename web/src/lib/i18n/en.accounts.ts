import type { zhAccounts } from './zh.accounts';

/** English: roster import in batches (merged into en.ts). */
export const enAccounts: Record<keyof typeof zhAccounts, string> = {
  'imp.batches': 'The sheet is imported in batches of {size} rows, one after another; a long roster takes a while, so keep this page open.',
  'imp.busy': 'Importing…',
  'imp.summaryAll': '{created} created, {existing} created earlier, {failed} failed.',
  'imp.existing': 'Created by this import earlier',
  'imp.existingNote': 'These accounts were created by an earlier run of the same file; their temporary passwords cannot be shown again. To give one a password, use “Reset password” in the org\'s account list.',
  'imp.toAccounts': 'Go to the account list',
  'imp.interrupted': 'The import stopped with {count} rows not imported ({reason}). Upload the same file again to continue: accounts already created are not created twice.',
};
