import { updateAccountInput } from '@trellis/shared/account/schemas';
import type { AccountRecord } from '../../adapters/dynamodb/account-store';
import { route } from '../../http/route';
import { changeAccount } from '../update-account';

export const handler = route('accounts.update', updateAccountInput, ({ input, target, actor }) =>
  changeAccount(actor(), target<{ account: AccountRecord }>().record.account, input),
);
