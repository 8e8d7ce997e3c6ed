import type { Org } from '@trellis/shared/org/org';
import { updateOrgInput } from '@trellis/shared/org/schemas';
import { route } from '../../http/route';
import { changeOrg } from '../update-org';

export const handler = route('orgs.update', updateOrgInput, ({ input, target }) => {
  const { orgId: _orgId, expectedVersion, ...changes } = input;
  return changeOrg(target<Org>().record, expectedVersion, changes);
});
