import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { abortUpload } from '../finish';

/** Cancels my unfinished upload (the route's scope makes sure it is mine). */
export const handler = route(uploadsRoutes.abort, async ({ target }) => {
  await abortUpload(target().record);
  return new Status(204, null);
});
