import { uploadsRoutes } from '@trellis/shared/uploads/routes';


import { route } from '../../access/route';
import { ownLiveUpload, signParts } from '../multipart';

export const handler = route(uploadsRoutes.sign, ({ input, target, actor }) =>
  signParts(ownLiveUpload(actor(), target().record), input.partNumbers),
);
