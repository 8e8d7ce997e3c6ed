import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { ownLiveUpload, storedParts } from '../multipart';

/** For resuming: the parts already stored, from the app's own record. */
export const handler = route(uploadsRoutes.listParts, async ({ target, actor }) => ({
  parts: await storedParts(ownLiveUpload(actor(), target().record)),
}));
