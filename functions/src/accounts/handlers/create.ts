import type { Org } from '@trellis/shared/org/org';
import { createAccountInput } from '@trellis/shared/account/schemas';
import { route, Status } from '../../http/route';
import { createAccount } from '../create-account';

export const handler = route('accounts.create', createAccountInput, async ({ input, target }) =>
  new Status(201, await createAccount(target<Org>().record, input)),
);
