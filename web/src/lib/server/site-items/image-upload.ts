import { api } from '../api.ts';

/**
 * The largest image the form may carry without JavaScript: the web server runs as a buffered
 * Lambda (6 MB a request, base64 on the way in), and file bytes should not pass through it at
 * all; with JavaScript images go straight from the browser to storage, up to 20 MB.
 */
export const FORM_IMAGE_MAX_BYTES = 4 * 1024 * 1024;

/** The uploaded image file of a form, if one was chosen. */
export function chosenImage(form: FormData): File | null {
  const file = form.get('image');
  return file instanceof File && file.size > 0 ? file : null;
}

/**
 * Uploads one image through the app's upload flow from the server (only the form without
 * JavaScript comes here, and at most 4 MB): create, sign the part, PUT it to storage, record it, complete.
 * Returns the upload id, or the API's error code.
 */
export async function uploadImage(orgId: string, file: File): Promise<{ id: string } | { error: string; field?: boolean }> {
  if (file.size > FORM_IMAGE_MAX_BYTES) return { error: 'image.form_too_large', field: true };
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
