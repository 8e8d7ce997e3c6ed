import { completeUploadInput } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route } from '../../http/route';
import { completeUpload } from '../finish';
import { ownOpenUpload } from '../multipart';

export const handler = route('uploads.complete', completeUploadInput, ({ input, target, actor }) =>
  completeUpload(ownOpenUpload(actor(), target<UploadRecord>().record), input.parts ?? []),
);
