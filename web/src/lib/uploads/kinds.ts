import { extensionOf, MEDIA_TYPES, UPLOAD_PURPOSES, type MediaKind, type UploadPurpose } from '@trellis/shared/uploads/purposes';

export const PURPOSES = Object.keys(UPLOAD_PURPOSES) as UploadPurpose[];

export function isPurpose(value: unknown): value is UploadPurpose {
  return typeof value === 'string' && Object.hasOwn(UPLOAD_PURPOSES, value);
}

/** The extensions a purpose accepts, with dots (`.mp4`), for the file picker and Uppy's restrictions. */
export function extensionsFor(purpose: UploadPurpose): string[] {
  return (UPLOAD_PURPOSES[purpose].kinds as readonly MediaKind[]).flatMap((k) => MEDIA_TYPES[k].extensions.map((e) => `.${e}`));
}

export function maxBytesFor(purpose: UploadPurpose): number {
  return UPLOAD_PURPOSES[purpose].maxBytes;
}

/**
 * What the browser declares for a chosen file, or the code of the reason it is refused before
 * any request. The type is the one the extension stands for (browsers disagree, e.g. `.m4v` is
 * `video/x-m4v` in some): the API checks the stored bytes against it when the upload completes.
 */
export function declareFile(purpose: UploadPurpose, name: string, size: number): { contentType: string } | { refused: string } {
  const ext = extensionOf(name);
  const kind = (UPLOAD_PURPOSES[purpose].kinds as readonly MediaKind[]).find((k) => MEDIA_TYPES[k].extensions.includes(ext));
  if (!kind) return { refused: 'upload.type_not_allowed' };
  if (size > maxBytesFor(purpose)) return { refused: 'upload.too_large' };
  return { contentType: MEDIA_TYPES[kind].contentType };
}

/** 314572800 → "300 MB" (binary multiples, as file managers on Windows show sizes; one decimal at most). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}
