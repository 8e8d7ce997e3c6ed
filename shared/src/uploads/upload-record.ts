import { z } from 'zod';
import { MEDIA_TYPES, type MediaKind } from './purposes';
import { uploadViewSchema } from './schemas';

/** The app's record of a multipart upload: who, where, what was declared. */
export const uploadRecordSchema = uploadViewSchema.extend({
  accountId: z.string(),
  orgId: z.string(),
  orgPath: z.string(),
  kind: z.enum(Object.keys(MEDIA_TYPES) as [MediaKind, ...MediaKind[]]),
  s3UploadId: z.string(),
  createdAt: z.string(),
});
export type UploadRecord = z.infer<typeof uploadRecordSchema>;
