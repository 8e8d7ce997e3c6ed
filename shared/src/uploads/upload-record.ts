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
  firstPartSha256: z.string().optional(),
  /** The numbers of the parts recorded so far (a DynamoDB number set; absent before the first). */
  storedParts: z.set(z.number().int()).optional(),
  /** The resource the completed upload backs, once submitted (set by the claim). */
  usedBy: z.string().optional(),
});
export type UploadRecord = z.infer<typeof uploadRecordSchema>;
