import { takedownResourceInput } from '@trellis/shared/resources/schemas';
import type { ResourceRecord } from '../../adapters/dynamodb/resource-store';
import { route } from '../../http/route';
import { takeDownResource } from '../decide';

export const handler = route('resources.takedown', takedownResourceInput, ({ input, target, actor }) =>
  takeDownResource(actor(), target<ResourceRecord>().record, input.reason),
);
