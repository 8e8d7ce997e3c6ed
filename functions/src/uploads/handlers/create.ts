import type { Org } from '@trellis/shared/org/org';
import { createUploadInput } from '@trellis/shared/uploads/schemas';
import { route, Status } from '../../http/route';
import { createUpload } from '../multipart';

export const handler = route('uploads.create', createUploadInput, async ({ input, target, actor }) =>
  new Status(201, await createUpload(actor(), target<Org>().record, input)),
);
