import type { Org } from '@trellis/shared/org/org';
import { createChildOrgInput } from '@trellis/shared/org/schemas';
import { route, Status } from '../../http/route';
import { createChildOrg } from '../create-child';

export const handler = route('orgs.create', createChildOrgInput, async ({ input, target }) =>
  new Status(201, await createChildOrg(target<Org>().record, input)),
);
