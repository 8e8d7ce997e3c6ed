import { PART_SIZE, type UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { UploadView } from '@trellis/shared/uploads/schemas';
import { uploadApi, UploadApiError } from './client.ts';
import { declareFile } from './kinds.ts';

/**
 * A small file (a cover image) through the same direct multipart flow as the Dashboard, without
 * its UI: create, sign, PUT each part to storage, record it, complete. Refusals throw
 * UploadApiError with the API's (or the local check's) code.
 */
export async function uploadSmallFile(orgId: string, file: File, purpose: UploadPurpose): Promise<UploadView> {
  const declared = declareFile(purpose, file.name, file.size);
  if ('refused' in declared) throw new UploadApiError(400, { code: declared.refused });
  const created = await uploadApi.create({ orgId, fileName: file.name, size: file.size, contentType: declared.contentType, purpose });
  const numbers = Array.from({ length: Math.ceil(file.size / PART_SIZE) }, (_, i) => i + 1);
  const { urls } = await uploadApi.sign(created.uploadId, numbers);
  for (const part of urls) {
    const start = (part.partNumber - 1) * PART_SIZE;
    const put = await fetch(part.url, { method: 'PUT', body: file.slice(start, start + part.contentLength) });
    if (!put.ok) throw new UploadApiError(put.status, { code: 'upload.storage_unreachable' });
    await uploadApi.recordPart(created.uploadId, part.partNumber, { etag: put.headers.get('etag') ?? '', size: part.contentLength });
  }
  return uploadApi.complete(created.uploadId);
}
