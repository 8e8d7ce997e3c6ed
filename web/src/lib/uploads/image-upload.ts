import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import { uploadApi } from './client.ts';
import { declareFile } from './kinds.ts';

/**
 * Uploads one image (logo, banner) through the same direct-to-storage flow as every upload:
 * create, presigned parts straight to S3, record each part, complete. Returns the upload id.
 */
export async function uploadImage(orgId: string, file: File): Promise<string> {
  const declared = declareFile('image', file.name, file.size);
  if ('refused' in declared) throw new Error(declared.refused);
  const created = await uploadApi.create({ orgId, fileName: file.name, size: file.size, contentType: declared.contentType, purpose: 'image' });
  const count = Math.max(1, Math.ceil(file.size / PART_SIZE));
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const { urls } = await uploadApi.sign(created.uploadId, numbers);
  for (const part of urls) {
    const start = (part.partNumber - 1) * PART_SIZE;
    const response = await fetch(part.url, { method: 'PUT', body: file.slice(start, start + part.contentLength) });
    if (!response.ok) throw new Error('upload.failed');
    await uploadApi.recordPart(created.uploadId, part.partNumber, { etag: response.headers.get('etag') ?? '', size: part.contentLength });
  }
  await uploadApi.complete(created.uploadId);
  return created.uploadId;
}
