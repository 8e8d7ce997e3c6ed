import type { Org } from '@trellis/shared/org/org';
import { setOrgStatusInput } from '@trellis/shared/org/schemas';
import { setOrgStatus } from '../../adapters/dynamodb/org-writes';
import { route } from '../../http/route';

/** Disable or re-enable a subordinate org (the policy refuses it on one's own org). */
export const handler = route('orgs.status', setOrgStatusInput, ({ input, target, actor }) =>
  setOrgStatus(target<Org>().record.id, input.status, actor().accountId, input.reason),
);
