import type { Org } from '@trellis/shared/org/org';
import { siteQueueInput } from '@trellis/shared/site-items/schemas';
import { listQueue } from '../../adapters/dynamodb/site-item-store';
import { route } from '../../http/route';

/** Items recommended to this org from below, waiting for its decision. */
export const handler = route('siteItems.queue', siteQueueInput, ({ input, target }) => listQueue(target<Org>().record.id, input.cursor));
