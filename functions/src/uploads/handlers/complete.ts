import { uploadsRoutes } from '@trellis/shared/uploads/routes';
import { route } from '../../access/route';
import { completeUpload } from '../finish';
import { openUpload } from '../multipart';

/** Completes my upload from its recorded (and any reported) parts, then checks what the store holds. */
export const handler = route(uploadsRoutes.complete, ({ input, target }) => completeUpload(openUpload(target().record), input.parts ?? []));
