import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { liveUpload, signParts } from '../multipart';

/** Presigned URLs for parts of my open upload. */
export const handler = route(uploadsRoutes.sign, ({ input, target }) => signParts(liveUpload(target().record), input.partNumbers));
