import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { composeNotice } from '../compose';

/** Composes a notice from the org: published at once or scheduled. */
export const handler = route(noticesRoutes.create, async ({ input, target, actor }) =>
  new Status(201, await composeNotice(actor(), target().record, input)),
);
