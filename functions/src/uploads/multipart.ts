import type { Actor } from '@trellis/shared/access/policy';
import type { Org } from '@trellis/shared/orgs/org';
import type { CreateUploadInput, UploadedPart, UploadView } from '@trellis/shared/uploads/schemas';
import { uploadExpired } from '@trellis/shared/uploads/lifecycle';
import { MEDIA_TYPES, PART_SIZE, UPLOAD_PURPOSES, kindFor, partBytes, partCount } from '@trellis/shared/uploads/purposes';
import type { UploadRecord } from '@trellis/shared/uploads/upload-record';
import { listParts, putPart, putUpload } from '../adapters/dynamodb/upload/upload-store';
import { signPart, startMultipart } from '../adapters/s3/media-store';
import { ValidationError } from '../errors';
import { timeId } from '../security/tokens';
import { closedUpload } from './closed-upload';

/** Part URLs live 15 minutes; an upload that outlasts them asks for fresh ones. */
export const PART_URL_SECONDS = 900;

export function toUploadView(u: UploadRecord): UploadView {
  const { accountId: _a, orgId: _o, orgPath: _p, kind: _k, s3UploadId: _s, createdAt: _c, firstPartSha256: _h, storedParts: _n, usedBy: _u, ...view } = u;
  return view;
}

/** An upload parts can still be added to (its owner is checked by the route's declared scope). */
export function openUpload(upload: UploadRecord): UploadRecord {
  if (upload.status !== 'uploading') throw closedUpload('upload.finished');
  return upload;
}

/**
 * An open upload that parts can still be sent to: once it has outlived the store's window for
 * unfinished uploads (lifecycle.ts), its parts may be gone, so resuming it is refused and the
 * browser starts over with the file.
 */
export function liveUpload(upload: UploadRecord, now = Date.now()): UploadRecord {
  openUpload(upload);
  if (uploadExpired(upload.createdAt, now)) throw closedUpload('upload.expired');
  return upload;
}

/**
 * Starts a direct upload: the declared type and size are checked against the purpose
 * here (the store checks nothing); the object key is the server's, under the org.
 */
export async function createUpload(actor: Actor, org: Org, input: CreateUploadInput): Promise<UploadView> {
  const kind = kindFor(input.purpose, input.fileName, input.contentType);
  if (!kind) throw new ValidationError({ contentType: ['upload.type_not_allowed'] });
  if (input.size > UPLOAD_PURPOSES[input.purpose].maxBytes) throw new ValidationError({ size: ['upload.too_large'] });
  const uploadId = timeId('up');
  const key = `orgs/${org.id}/uploads/${uploadId}.${MEDIA_TYPES[kind].extensions[0] ?? kind}`;
  const record: UploadRecord = {
    uploadId, key, fileName: input.fileName, size: input.size, contentType: input.contentType, purpose: input.purpose,
    partSize: PART_SIZE, partCount: partCount(input.size), status: 'uploading', accountId: actor.accountId,
    orgId: org.id, orgPath: org.path, kind, s3UploadId: await startMultipart(key, input.contentType),
    createdAt: new Date().toISOString(), ...(input.firstPartSha256 ? { firstPartSha256: input.firstPartSha256 } : {}),
  };
  await putUpload(record);
  return toUploadView(record);
}

/** Presigned UploadPart URLs, each bound to its part's exact size; call again when they expire. */
export async function signParts(upload: UploadRecord, partNumbers: number[], now = Date.now()) {
  const bad = partNumbers.filter((n) => partBytes(n, upload.size, upload.partSize) === 0);
  if (bad.length) throw new ValidationError({ partNumbers: ['part.out_of_range'] });
  const expiresAt = new Date(now + PART_URL_SECONDS * 1000).toISOString();
  const urls = await Promise.all(
    [...new Set(partNumbers)].map(async (partNumber) => {
      const contentLength = partBytes(partNumber, upload.size, upload.partSize);
      const url = await signPart(upload.key, upload.s3UploadId, partNumber, contentLength, PART_URL_SECONDS);
      return { partNumber, url, contentLength, expiresAt };
    }),
  );
  return { urls };
}

/** For resuming: the parts already stored, from the app's own record. */
export function storedParts(upload: UploadRecord): Promise<UploadedPart[]> {
  return listParts(upload.uploadId);
}

/** The browser reports a stored part with its ETag; its size must be the part's exact size. */
export async function recordPart(upload: UploadRecord, part: UploadedPart): Promise<UploadedPart[]> {
  if (partBytes(part.PartNumber, upload.size, upload.partSize) !== part.Size) {
    throw new ValidationError({ size: ['part.size_mismatch'] });
  }
  await putPart(upload.uploadId, part);
  return listParts(upload.uploadId);
}
