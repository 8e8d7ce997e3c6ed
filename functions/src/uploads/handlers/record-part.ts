import { recordPartInput } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route } from '../../http/route';
import { ownOpenUpload, recordPart } from '../multipart';

export const handler = route('uploads.recordPart', recordPartInput, async ({ input, target, actor }) => {
  const upload = ownOpenUpload(actor(), target<UploadRecord>().record);
  return { parts: await recordPart(upload, { PartNumber: input.partNumber, Size: input.size, ETag: input.etag }) };
});
