import { reviewResourceInput } from '@trellis/shared/resources/schemas';
import type { ResourceRecord } from '../../adapters/dynamodb/resource-store';
import { route } from '../../http/route';
import { reviewResource } from '../decide';

export const handler = route('resources.review', reviewResourceInput, ({ input, target, actor }) =>
  reviewResource(actor(), target<ResourceRecord>().record, input.decision, input.reason),
);
