import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, DeleteObjectCommand,
  GetObjectCommand, HeadObjectCommand, UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { bucketName, s3 } from './client';
import { ValidationError } from '../../errors';
import { isS3Error } from './s3-error';

/** Media objects in the bucket: one function per operation the upload flow needs. */

export async function startMultipart(key: string, contentType: string): Promise<string> {
  const res = await s3().send(new CreateMultipartUploadCommand({ Bucket: bucketName(), Key: key, ContentType: contentType }));
  if (!res.UploadId) throw new Error('no UploadId from CreateMultipartUpload');
  return res.UploadId;
}

/** A presigned UploadPart URL bound to the part's exact Content-Length. */
export function signPart(key: string, uploadId: string, partNumber: number, contentLength: number, expiresIn: number): Promise<string> {
  return getSignedUrl(
    s3(),
    new UploadPartCommand({ Bucket: bucketName(), Key: key, UploadId: uploadId, PartNumber: partNumber, ContentLength: contentLength }),
    { expiresIn, signableHeaders: new Set(['content-length']) },
  );
}

/**
 * Assembles the parts into the object. `false` when the store no longer knows the upload: it was
 * completed before (a retry after a later step failed), aborted, or expired; the caller then looks
 * for the object itself.
 */
export async function completeMultipart(key: string, uploadId: string, parts: { PartNumber: number; ETag: string }[]): Promise<boolean> {
  try {
    await s3().send(
      new CompleteMultipartUploadCommand({ Bucket: bucketName(), Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
    );
    return true;
  } catch (error) {
    if (isS3Error(error, ['NoSuchUpload'])) return false;
    // A part named that the store does not hold with that ETag, or out of order: the client may send it again.
    if (isS3Error(error, ['InvalidPart', 'InvalidPartOrder', 'EntityTooSmall'])) throw new ValidationError({ parts: ['upload.parts_invalid'] });
    throw error;
  }
}

/**
 * Aborts a multipart upload. s3rver does not implement it (the bucket's lifecycle rule
 * cleans up in AWS anyway), so "not implemented" is not an error here.
 */
export async function abortMultipart(key: string, uploadId: string): Promise<void> {
  try {
    await s3().send(new AbortMultipartUploadCommand({ Bucket: bucketName(), Key: key, UploadId: uploadId }));
  } catch (error) {
    if (!isS3Error(error, ['NotImplemented', 'NoSuchUpload'], [501, 405])) throw error;
  }
}

/** The object's size in bytes, or null when there is no such object. */
export async function objectSize(key: string): Promise<number | null> {
  try {
    const res = await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    return Number(res.ContentLength ?? -1);
  } catch (error) {
    if (isS3Error(error, ['NotFound', 'NoSuchKey'], [404])) return null;
    throw error;
  }
}

/** The first `count` bytes of an object (a range request). */
export async function readHead(key: string, count: number): Promise<Uint8Array> {
  const res = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: key, Range: `bytes=0-${count - 1}` }));
  return res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
}

/** Deletes an object; deleting one that is not there succeeds (so it is safe to repeat). */
export async function deleteObject(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: bucketName(), Key: key }));
}

/** A short-lived download or playback URL; range requests work against it. */
export function signDownload(key: string, fileName: string, disposition: 'inline' | 'attachment' = 'inline', expiresIn = 900): Promise<string> {
  return getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: bucketName(), Key: key,
      ResponseContentDisposition: `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    }),
    { expiresIn },
  );
}
