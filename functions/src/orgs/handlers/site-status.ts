import type { Org } from '@trellis/shared/org/org';
import { siteStatusInput } from '@trellis/shared/site/settings';
import { writeSiteStatus } from '../../adapters/dynamodb/site-writes';
import { route } from '../../http/route';

/** A superior closes (with a reason) or reopens a subordinate org's public site; the policy refuses it on one's own org. */
export const handler = route('sites.status', siteStatusInput, ({ input, target, actor }) =>
  writeSiteStatus(target<Org>().record.id, {
    state: input.state,
    ...(input.state === 'closed' ? { reason: input.reason } : {}),
    by: actor().accountId,
    at: new Date().toISOString(),
  }),
);
