import { z } from 'zod';
import { idSchema } from '../orgs/schemas';
import { UPLOAD_PURPOSES, type UploadPurpose } from './purposes';

export const createUploadInput = z.object({
  orgId: idSchema,
  fileName: z.string().trim().min(1, 'file_name.required').max(200, 'file_name.too_long'),
  size: z.coerce.number().int().positive('size.invalid'),
  contentType: z.string().trim().min(1).max(200),
  purpose: z.enum(Object.keys(UPLOAD_PURPOSES) as [UploadPurpose, ...UploadPurpose[]]),
});
export type CreateUploadInput = z.infer<typeof createUploadInput>;

export const uploadIdParams = z.object({ uploadId: idSchema });
export const signPartsInput = z.object({
  uploadId: idSchema,
  partNumbers: z.array(z.coerce.number().int().min(1).max(10_000)).min(1).max(100),
});
export const recordPartInput = z.object({
  uploadId: idSchema,
  partNumber: z.coerce.number().int().min(1).max(10_000),
  etag: z.string().trim().min(1).max(200),
  size: z.coerce.number().int().positive(),
});

/**
 * Complete, optionally with the parts the client stored (their ETags): a client that does not
 * need resume-after-reload can skip `recordPart` and report every part here in one request.
 * They are merged with the recorded parts (a part given here wins).
 */
export const completeUploadInput = z.object({
  uploadId: idSchema,
  parts: z
    .array(z.object({ partNumber: z.coerce.number().int().min(1).max(10_000), etag: z.string().trim().min(1).max(200), size: z.coerce.number().int().positive() }))
    .max(10_000)
    .optional(),
});

export interface UploadView {
  uploadId: string;
  key: string;
  fileName: string;
  size: number;
  contentType: string;
  purpose: UploadPurpose;
  partSize: number;
  partCount: number;
  status: 'uploading' | 'completed' | 'aborted';
  /** Images checked for a least width: the width read from the file's header. */
  widthPx?: number;
}

/** As `@uppy/aws-s3` expects from listParts. */
export interface UploadedPart {
  PartNumber: number;
  Size: number;
  ETag: string;
}
