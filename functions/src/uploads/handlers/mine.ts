import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { myUploads } from '../my-uploads';

/** My unfinished and unsubmitted uploads, newest first. */
export const handler = route(uploadsRoutes.mine, ({ input, actor }) => myUploads(actor().accountId, input.cursor));
