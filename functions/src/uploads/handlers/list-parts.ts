import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { liveUpload, storedParts } from '../multipart';

/** For resuming: the parts already stored, from the app's own record. */
export const handler = route(uploadsRoutes.listParts, async ({ target }) => ({ parts: await storedParts(liveUpload(target().record)) }));
