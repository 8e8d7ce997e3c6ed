/**
 * What an upload is for, and what the app itself accepts for it (the store enforces
 * nothing): allowed types with their extensions, and a size cap. 300 MB is the seed's
 * limit for every work (001 §四(二)).
 */
export const MAX_UPLOAD_BYTES = 314_572_800;
/** Every part but the last has exactly this size (S3's minimum is 5 MiB). */
export const PART_SIZE = 10 * 1024 * 1024;

export type MediaKind = 'mp4' | 'webm' | 'mov' | 'pdf' | 'doc' | 'docx' | 'ppt' | 'pptx' | 'jpg' | 'png';

export const MEDIA_TYPES: Record<MediaKind, { contentType: string; extensions: readonly string[] }> = {
  mp4: { contentType: 'video/mp4', extensions: ['mp4', 'm4v'] },
  webm: { contentType: 'video/webm', extensions: ['webm'] },
  mov: { contentType: 'video/quicktime', extensions: ['mov'] },
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  doc: { contentType: 'application/msword', extensions: ['doc'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  ppt: { contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  jpg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { contentType: 'image/png', extensions: ['png'] },
};

export const UPLOAD_PURPOSES = {
  video: { kinds: ['mp4', 'webm', 'mov'], maxBytes: MAX_UPLOAD_BYTES },
  document: { kinds: ['pdf', 'doc', 'docx', 'ppt', 'pptx'], maxBytes: MAX_UPLOAD_BYTES },
  image: { kinds: ['jpg', 'png'], maxBytes: 20 * 1024 * 1024 },
  /** Reporting case-study materials (seed 002 问题五): doc/docx under 20 MB; jpg photos under 50 MB, >= 500 px wide. */
  case_document: { kinds: ['doc', 'docx'], maxBytes: 20 * 1024 * 1024 - 1 },
  supporting_document: { kinds: ['doc', 'docx'], maxBytes: 20 * 1024 * 1024 - 1 },
  case_photo: { kinds: ['jpg'], maxBytes: 50 * 1024 * 1024 - 1, minWidthPx: 500 },
} as const satisfies Record<string, { kinds: readonly MediaKind[]; maxBytes: number; minWidthPx?: number }>;

/** The least width in pixels a purpose's images must have (read from the file by the server). */
export function minWidthOf(purpose: UploadPurpose): number | null {
  const p = UPLOAD_PURPOSES[purpose];
  return 'minWidthPx' in p ? p.minWidthPx : null;
}

export type UploadPurpose = keyof typeof UPLOAD_PURPOSES;

/** Purposes whose finished uploads are submitted to the resource library (/w/resources/new). */
export const LIBRARY_PURPOSES: readonly UploadPurpose[] = ['video', 'document'];

/**
 * Purposes whose finished uploads wait for a second step (submitting to the library, attaching to
 * a report): until then they stay on the uploader's list of uploads. Images are used where they are
 * uploaded (covers, site images), so they leave the list when they complete.
 */
export const USED_LATER_PURPOSES: readonly UploadPurpose[] = [...LIBRARY_PURPOSES, 'case_document', 'supporting_document', 'case_photo'];

/**
 * A file name's extension, lower case, without the dot; '' when the name has no dot or nothing
 * before its last dot ("mp4" and ".mp4" have no extension: they are not "something.mp4").
 */
export function extensionOf(fileName: string): string {
  const name = fileName.trim();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind a declared file is, if its extension and content type agree and the purpose allows it. */
export function kindFor(purpose: UploadPurpose, fileName: string, contentType: string): MediaKind | null {
  const ext = extensionOf(fileName);
  if (!ext) return null;
  const kinds = UPLOAD_PURPOSES[purpose].kinds as readonly MediaKind[];
  return kinds.find((k) => MEDIA_TYPES[k].contentType === contentType && MEDIA_TYPES[k].extensions.includes(ext)) ?? null;
}

export function partCount(size: number, partSize = PART_SIZE): number {
  return Math.max(1, Math.ceil(size / partSize));
}

/** The exact size part `n` (1-based) must have. */
export function partBytes(n: number, size: number, partSize = PART_SIZE): number {
  const count = partCount(size, partSize);
  if (n < 1 || n > count) return 0;
  return n < count ? partSize : size - partSize * (count - 1);
}
