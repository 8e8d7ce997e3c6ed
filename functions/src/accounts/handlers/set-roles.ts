import type { Org } from '@trellis/shared/org/org';
import { setRolesInput } from '@trellis/shared/account/schemas';
import { route } from '../../http/route';
import { setRoles } from '../set-roles';

export const handler = route('accounts.roles', setRolesInput, ({ input, target, actor }) =>
  setRoles(actor(), target<Org>().record, input.accountId, input.roles, input.expectedVersion),
);
