import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { openUpload, recordPart } from '../multipart';

/** Records a part the browser stored; answers the parts stored so far. */
export const handler = route(uploadsRoutes.recordPart, async ({ input, target }) => ({
  parts: await recordPart(openUpload(target().record), { PartNumber: input.partNumber, Size: input.size, ETag: input.etag }),
}));
