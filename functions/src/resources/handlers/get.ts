import { resourceIdParams } from '@trellis/shared/resources/schemas';
import { route } from '../../http/route';
import { openResource } from '../read';

export const handler = route('resources.get', resourceIdParams, ({ input, actor }) => openResource(actor(), input.resourceId));
