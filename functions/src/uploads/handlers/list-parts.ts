import { uploadIdParams } from '@trellis/shared/uploads/schemas';
import { listParts, type UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route } from '../../http/route';
import { ownLiveUpload } from '../multipart';

/** For resuming: the parts already stored, from the app's own record. */
export const handler = route('uploads.listParts', uploadIdParams, async ({ target, actor }) => {
  const upload = ownLiveUpload(actor(), target<UploadRecord>().record);
  return { parts: await listParts(upload.uploadId) };
});
