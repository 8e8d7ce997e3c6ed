import { signPartsInput } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '../../adapters/dynamodb/upload-store';
import { route } from '../../http/route';
import { ownLiveUpload, signParts } from '../multipart';

export const handler = route('uploads.sign', signPartsInput, ({ input, target, actor }) =>
  signParts(ownLiveUpload(actor(), target<UploadRecord>().record), input.partNumbers),
);
