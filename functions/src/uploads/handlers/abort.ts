import { uploadIdParams } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route, Status } from '../../http/route';
import { abortUpload } from '../finish';
import { ownUpload } from '../multipart';

export const handler = route('uploads.abort', uploadIdParams, async ({ target, actor }) => {
  await abortUpload(ownUpload(actor(), target<UploadRecord>().record));
  return new Status<never>(204);
});
