import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { createUpload } from '../multipart';

/** Starts a direct multipart upload to the org's storage. */
export const handler = route(uploadsRoutes.create, async ({ input, target, actor }) =>
  new Status(201, await createUpload(actor(), target().record, input)),
);
