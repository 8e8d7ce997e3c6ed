import type { RefusedContentCode } from '@trellis/shared/uploads/closing-codes';
import { MAGIC_BYTES, matchesMagic } from '@trellis/shared/uploads/magic';
import { JPEG_HEADER_BYTES, jpegSize } from '@trellis/shared/uploads/jpeg-size';
import { minWidthOf, partBytes } from '@trellis/shared/uploads/purposes';
import type { UploadedPart, UploadView } from '@trellis/shared/uploads/schemas';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { discardCompleted, finishUpload, getUpload, listParts } from '../adapters/dynamodb/upload/upload-store';
import { abortMultipart, completeMultipart, deleteObject, objectSize, readHead } from '../adapters/s3/media-store';
import { Conflict, ValidationError } from '../errors';
import { closedUpload } from './closed-upload';
import { toUploadView } from './multipart';

/** Refuses what the store holds: the object is deleted and the upload closed (400 on `field`). */
async function refuse(upload: UploadRecord, field: string, code: RefusedContentCode): Promise<never> {
  await deleteObject(upload.key);
  await finishUpload(upload, 'aborted').catch(ignoreConflict);
  throw new ValidationError({ [field]: [code] });
}

function ignoreConflict(error: unknown): void {
  if (!(error instanceof Conflict)) throw error;
}

/**
 * The store holds neither the multipart upload nor its object: the upload outlived the store's
 * window (its lifecycle rule aborted it) or was cancelled meanwhile. The record is closed too.
 */
async function gone(upload: UploadRecord): Promise<never> {
  try {
    await finishUpload(upload, 'aborted');
  } catch (error) {
    ignoreConflict(error);
    throw closedUpload('upload.finished');
  }
  throw closedUpload('upload.expired');
}

/**
 * Marks the checked object completed. Losing that conditional write means an abort closed the
 * upload meanwhile: its object is deleted before answering (unless a concurrent complete won,
 * whose object it is).
 */
async function markCompleted(upload: UploadRecord, widthPx: number | undefined): Promise<void> {
  try {
    await finishUpload(upload, 'completed', widthPx);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    if ((await getUpload(upload.uploadId))?.status !== 'completed') await deleteObject(upload.key);
    throw error;
  }
}

/** Recorded parts merged with those reported at completion (each must have its part's exact size). */
async function partsOf(upload: UploadRecord, reported: { partNumber: number; etag: string; size: number }[]): Promise<UploadedPart[]> {
  if (reported.some((p) => partBytes(p.partNumber, upload.size, upload.partSize) !== p.size)) throw new ValidationError({ parts: ['part.size_mismatch'] });
  const byNumber = new Map((await listParts(upload.uploadId)).map((p) => [p.PartNumber, p]));
  for (const p of reported) byNumber.set(p.partNumber, { PartNumber: p.partNumber, ETag: p.etag, Size: p.size });
  return [...byNumber.values()].sort((a, b) => a.PartNumber - b.PartNumber);
}

/**
 * Completes an upload from the server's own record of parts (plus any reported with the
 * request), then checks what the store holds: its size must be the declared size and its
 * first bytes the claimed type's signature; otherwise the object is deleted and the upload refused.
 * Safe to retry: when the store already assembled the object (an earlier attempt failed after
 * that), the checks run on that object.
 */
export async function completeUpload(upload: UploadRecord, reported: { partNumber: number; etag: string; size: number }[] = []): Promise<UploadView> {
  const parts = await partsOf(upload, reported);
  const complete = parts.length === upload.partCount && parts.every((p, i) => p.PartNumber === i + 1);
  if (!complete) throw new ValidationError({ parts: ['upload.parts_missing'] });
  await completeMultipart(upload.key, upload.s3UploadId, parts.map((p) => ({ PartNumber: p.PartNumber, ETag: p.ETag })));
  const size = await objectSize(upload.key);
  if (size === null) return gone(upload);
  if (size !== upload.size) return refuse(upload, 'size', 'upload.size_mismatch');
  if (!matchesMagic(upload.kind, await readHead(upload.key, MAGIC_BYTES))) return refuse(upload, 'contentType', 'upload.content_mismatch');
  const minWidth = minWidthOf(upload.purpose);
  let widthPx: number | undefined;
  if (minWidth !== null) {
    // The width comes from the JPEG's own frame header, never from what the browser said.
    widthPx = jpegSize(await readHead(upload.key, Math.min(upload.size, JPEG_HEADER_BYTES)))?.width ?? 0;
    if (widthPx < minWidth) return refuse(upload, 'width', 'upload.too_narrow');
  }
  await markCompleted(upload, widthPx);
  return { ...toUploadView(upload), status: 'completed', ...(widthPx !== undefined ? { widthPx } : {}) };
}

/**
 * Cancels an upload. The record is closed first (so a concurrent complete that already won keeps
 * its object); then the store drops the parts (or its lifecycle rule will) and any object a
 * concurrent or half-failed complete assembled. Safe to retry: cancelling a cancelled upload
 * cleans up the store again. A completed upload is discarded (its object deleted) only while no
 * resource uses it (409 `upload.in_use` once submitted).
 */
export async function abortUpload(upload: UploadRecord): Promise<void> {
  if (upload.status === 'completed') {
    await discardCompleted(upload.uploadId);
    await deleteObject(upload.key);
    return;
  }
  if (upload.status === 'uploading') {
    try {
      await finishUpload(upload, 'aborted');
    } catch (error) {
      if (!(error instanceof Conflict) || (await getUpload(upload.uploadId))?.status !== 'aborted') throw error;
    }
  }
  await abortMultipart(upload.key, upload.s3UploadId);
  await deleteObject(upload.key);
}
