import type { MyUpload, MyUploadsPage } from '@trellis/shared/uploads/schemas';
import { uploadExpired } from '@trellis/shared/uploads/lifecycle';
import { partBytes } from '@trellis/shared/uploads/purposes';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { listMyUploads } from '../adapters/dynamodb/upload/upload-store';

/** The bytes of the parts recorded so far (each part's exact size, from its number). */
export function storedBytes(upload: UploadRecord): number {
  if (upload.status === 'completed') return upload.size;
  let bytes = 0;
  for (const n of upload.storedParts ?? []) bytes += partBytes(Number(n), upload.size, upload.partSize);
  return bytes;
}

function toMyUpload(u: UploadRecord, now: number): MyUpload {
  const state = u.status === 'completed' ? 'completed' : uploadExpired(u.createdAt, now) ? 'expired' : 'uploading';
  return {
    uploadId: u.uploadId, fileName: u.fileName, size: u.size, contentType: u.contentType, purpose: u.purpose, orgId: u.orgId,
    partSize: u.partSize, partCount: u.partCount, state, storedBytes: storedBytes(u), createdAt: u.createdAt,
    ...(u.firstPartSha256 ? { firstPartSha256: u.firstPartSha256 } : {}),
  };
}

/**
 * My uploads that still need me, newest first: unfinished (expired once the store dropped their
 * parts) and finished but not yet submitted to the library. Only those are on the index; an
 * aborted record that lost a race with the index update is skipped.
 */
export async function myUploads(accountId: string, cursor?: string, now = Date.now()): Promise<MyUploadsPage> {
  const page = await listMyUploads(accountId, cursor);
  const items = page.items.filter((u) => u.status !== 'aborted' && !u.usedBy).map((u) => toMyUpload(u, now));
  return { items, cursor: page.cursor };
}
