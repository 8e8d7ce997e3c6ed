import { uploadsRoutes } from '@trellis/shared/uploads/routes';


import { route } from '../../access/route';
import { completeUpload } from '../finish';
import { ownOpenUpload } from '../multipart';

export const handler = route(uploadsRoutes.complete, ({ input, target, actor }) =>
  completeUpload(ownOpenUpload(actor(), target().record), input.parts ?? []),
);
