/**
 * The codes with which the uploads API answers after it has closed an upload (or found it gone
 * from the store): the upload's id can no longer be used, and a retry must open a new upload.
 * The server throws only these when it closes an upload (the types below make sure of it), and
 * the browser's uploader drops its open upload on exactly these.
 */

/** Field codes (400) for stored contents the API refused: it deleted the object and closed the upload. */
export const REFUSED_CONTENT_CODES = ['upload.size_mismatch', 'upload.content_mismatch', 'upload.too_narrow'] as const;
export type RefusedContentCode = (typeof REFUSED_CONTENT_CODES)[number];

/**
 * Conflict codes (409): the upload was already completed or cancelled (`upload.finished`), the
 * store no longer holds it because it outlived the store's window for unfinished uploads
 * (`upload.expired`, see lifecycle.ts), or it backs a resource and cannot be discarded (`upload.in_use`).
 */
export const CLOSED_UPLOAD_CODES = ['upload.finished', 'upload.expired', 'upload.in_use'] as const;
export type ClosedUploadCode = (typeof CLOSED_UPLOAD_CODES)[number];

export const CLOSING_CODES: ReadonlySet<string> = new Set<string>([...REFUSED_CONTENT_CODES, ...CLOSED_UPLOAD_CODES]);
