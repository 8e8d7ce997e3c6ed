import type { Org } from '@trellis/shared/org/org';
import { listAccountsInput } from '@trellis/shared/account/schemas';
import { listOrgMembers } from '../../adapters/dynamodb/account-store';
import { route } from '../../http/route';

export const handler = route('accounts.list', listAccountsInput, ({ input, target }) =>
  listOrgMembers(target<Org>().record.id, input.cursor),
);
