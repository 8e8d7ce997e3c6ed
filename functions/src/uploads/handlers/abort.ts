import { uploadsRoutes } from '@trellis/shared/uploads/routes';


import { route } from '../../access/route';
import { Status } from '../../http/status';
import { abortUpload } from '../finish';
import { ownUpload } from '../multipart';

export const handler = route(uploadsRoutes.abort, async ({ target, actor }) => {
  await abortUpload(ownUpload(actor(), target().record));
  return new Status(204, null);
});
