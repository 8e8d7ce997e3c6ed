import { signPartsInput } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route } from '../../http/route';
import { ownOpenUpload, signParts } from '../multipart';

export const handler = route('uploads.sign', signPartsInput, ({ input, target, actor }) =>
  signParts(ownOpenUpload(actor(), target<UploadRecord>().record), input.partNumbers),
);
