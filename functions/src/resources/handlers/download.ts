import { resourceIdParams } from '@trellis/shared/resources/schemas';
import { route } from '../../http/route';
import { downloadResource } from '../read';

export const handler = route('resources.download', resourceIdParams, ({ input, actor }) => downloadResource(actor(), input.resourceId));
