import { api } from '../api.ts';

/** The uploaded image file of a form, if one was chosen. */
export function chosenImage(form: FormData): File | null {
  const file = form.get('image');
  return file instanceof File && file.size > 0 ? file : null;
}

/**
 * Uploads one image through the app's upload flow from the server (so it works without
 * JavaScript): create, sign the single part, PUT it to storage, record it, complete.
 * Returns the upload id, or the API's error code.
 */
export async function uploadImage(orgId: string, file: File): Promise<{ id: string } | { error: string; field?: boolean }> {
  const created = await api('uploads.create', { params: { orgId }, body: { fileName: file.name, size: file.size, contentType: file.type, purpose: 'image' } });
  if (!created.ok) return { error: created.error.code, field: true };
  const uploadId = created.data.uploadId;
  const numbers = Array.from({ length: created.data.partCount }, (_, i) => i + 1);
  const signed = await api('uploads.sign', { params: { uploadId }, body: { partNumbers: numbers } });
  if (!signed.ok) return { error: signed.error.code };
  const bytes = new Uint8Array(await file.arrayBuffer());
  for (const part of signed.data.urls) {
    const start = (part.partNumber - 1) * created.data.partSize;
    const put = await fetch(part.url, { method: 'PUT', body: bytes.subarray(start, start + part.contentLength) });
    if (!put.ok) return { error: 'api.unavailable' };
    const etag = put.headers.get('etag') ?? '';
    const recorded = await api('uploads.recordPart', { params: { uploadId, partNumber: String(part.partNumber) }, body: { etag, size: part.contentLength } });
    if (!recorded.ok) return { error: recorded.error.code };
  }
  const done = await api('uploads.complete', { params: { uploadId } });
  if (!done.ok) return { error: done.error.code, field: true };
  return { id: uploadId };
}
