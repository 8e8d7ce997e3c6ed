import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { cursorSchema, idSchema } from '../orgs/schemas';
import { UPLOAD_PURPOSES, type UploadPurpose } from './purposes';

export const createUploadInput = z.object({
  orgId: idSchema,
  fileName: z.string().trim().min(1, 'file_name.required').max(200, 'file_name.too_long'),
  size: wholeNumber(z.number().int().positive('size.invalid')),
  contentType: z.string().trim().min(1).max(200),
  purpose: z.enum(Object.keys(UPLOAD_PURPOSES) as [UploadPurpose, ...UploadPurpose[]]),
  /**
   * SHA-256 (hex) of the file's first part, as the browser computed it: with the name and size it
   * recognises the same file chosen again (in another browser too) so its upload resumes.
   */
  firstPartSha256: z.string().regex(/^[0-9a-f]{64}$/, 'first_part_hash.invalid').optional(),
});
export type CreateUploadInput = z.infer<typeof createUploadInput>;
/** The JSON body of uploads.create as a client sends it (the org id is the path parameter). */
export type CreateUploadBody = Omit<z.input<typeof createUploadInput>, 'orgId'>;

export const uploadIdParams = z.object({ uploadId: idSchema });
export const signPartsInput = z.object({
  uploadId: idSchema,
  partNumbers: z.array(wholeNumber(z.number().int().min(1).max(10_000))).min(1).max(100),
});
export const recordPartInput = z.object({
  uploadId: idSchema,
  partNumber: wholeNumber(z.number().int().min(1).max(10_000)),
  etag: z.string().trim().min(1).max(200),
  size: wholeNumber(z.number().int().positive()),
});

/**
 * Complete, optionally with the parts the client stored (their ETags): a client that does not
 * need resume-after-reload can skip `recordPart` and report every part here in one request.
 * They are merged with the recorded parts (a part given here wins).
 */
export const completeUploadInput = z.object({
  uploadId: idSchema,
  parts: z
    .array(z.object({ partNumber: wholeNumber(z.number().int().min(1).max(10_000)), etag: z.string().trim().min(1).max(200), size: wholeNumber(z.number().int().positive()) }))
    .max(10_000)
    .optional(),
});

export const uploadPurposeSchema = z.enum(Object.keys(UPLOAD_PURPOSES) as [UploadPurpose, ...UploadPurpose[]]);

/** An upload as its uploader sees it. */
export const uploadViewSchema = z.object({
  uploadId: z.string(),
  key: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  purpose: uploadPurposeSchema,
  partSize: z.number().int(),
  partCount: z.number().int(),
  status: z.enum(['uploading', 'completed', 'aborted']),
  /** Images checked for a least width: the width read from the file's header. */
  widthPx: z.number().int().optional(),
});
export type UploadView = z.infer<typeof uploadViewSchema>;

/** As `@uppy/aws-s3` expects from listParts. */
export const uploadedPartSchema = z.object({ PartNumber: z.number().int(), Size: z.number().int(), ETag: z.string() });
export type UploadedPart = z.infer<typeof uploadedPartSchema>;

/** The parts stored so far, in order. */
export const uploadedPartsSchema = z.object({ parts: z.array(uploadedPartSchema) });

/** One presigned UploadPart URL, bound to the part's exact size. */
export const signedPartSchema = z.object({ partNumber: z.number().int(), url: z.string(), contentLength: z.number().int(), expiresAt: z.string() });
export type SignedPart = z.infer<typeof signedPartSchema>;
export const signedPartsSchema = z.object({ urls: z.array(signedPartSchema) });

export const myUploadsInput = z.object({ cursor: cursorSchema });

/**
 * One of my uploads that still needs me: unfinished (`uploading`, or `expired` once the store
 * dropped its parts) or finished and not yet submitted to the library (`completed`).
 */
export const myUploadSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  purpose: uploadPurposeSchema,
  orgId: z.string(),
  partSize: z.number().int(),
  partCount: z.number().int(),
  state: z.enum(['uploading', 'expired', 'completed']),
  /** The bytes of the parts stored so far (the whole size once completed). */
  storedBytes: z.number().int(),
  createdAt: z.string(),
  firstPartSha256: z.string().optional(),
});
export type MyUpload = z.infer<typeof myUploadSchema>;
export const myUploadsPageSchema = z.object({ items: z.array(myUploadSchema), cursor: z.string().nullable() });
export type MyUploadsPage = z.infer<typeof myUploadsPageSchema>;
