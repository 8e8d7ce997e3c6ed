import { uploadsRoutes } from '@trellis/shared/uploads/routes';


import { route } from '../../access/route';
import { ownOpenUpload, recordPart } from '../multipart';

export const handler = route(uploadsRoutes.recordPart, async ({ input, target, actor }) => {
  const upload = ownOpenUpload(actor(), target().record);
  return { parts: await recordPart(upload, { PartNumber: input.partNumber, Size: input.size, ETag: input.etag }) };
});
