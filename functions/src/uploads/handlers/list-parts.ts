import { uploadsRoutes } from '@trellis/shared/uploads/routes';

import { listParts } from '../../adapters/dynamodb/upload/upload-store';
import { route } from '../../access/route';
import { ownLiveUpload } from '../multipart';

/** For resuming: the parts already stored, from the app's own record. */
export const handler = route(uploadsRoutes.listParts, async ({ target, actor }) => {
  const upload = ownLiveUpload(actor(), target().record);
  return { parts: await listParts(upload.uploadId) };
});
