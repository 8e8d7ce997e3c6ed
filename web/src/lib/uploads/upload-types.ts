/** Types and small helpers shared by the Trellis multipart uploader and its per-file upload. */
import type { DefinePluginOpts, PluginOpts } from '@uppy/core';
import type { Body, Meta } from '@uppy/core/utils';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { MyUpload, UploadView } from '@trellis/shared/uploads/schemas';
import type { UploadApi } from './client.ts';

/** Set on each file when it is added: where it goes, what for, and the type it is declared as. */
export type TrellisMeta = { orgId: string; purpose: UploadPurpose; contentType: string };
export type TrellisBody = { upload: UploadView };

/**
 * An upload the API has opened for a file. It lives in the file's state, so Golden Retriever
 * keeps it across a reload and the upload resumes from the API's record of stored parts.
 */
export interface OpenUpload {
  uploadId: string;
  partSize: number;
  partCount: number;
}

declare module '@uppy/core/utils' {
  // Declaration merging must repeat the type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  export interface LocalUppyFile<M extends Meta, B extends Body> {
    trellisUpload?: OpenUpload;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  export interface RemoteUppyFile<M extends Meta, B extends Body> {
    trellisUpload?: OpenUpload;
  }
}

/** A failure as the page shows it: translated text, plus the code and upload it concerns. */
export class UploadFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly uploadId: string | null,
    /** The API closed the upload (refused contents, already finished): a retry starts over. */
    readonly closed: boolean,
  ) {
    super(message);
    this.name = 'UploadFailure';
  }
}

export interface TrellisMultipartOptions extends PluginOpts {
  api: UploadApi;
  /** Parts in flight at once, all files together. */
  limit?: number;
  /** Part URLs asked for in one sign request (the API takes up to 100). */
  signBatch?: number;
  /** A part URL expiring sooner than this is signed again before use. */
  expiryMarginMs?: number;
  /** Unfinished uploads of this account (from the server's list) that a chosen file may resume. */
  resumable?: () => readonly MyUpload[];
  /** The text to show for a failure (the page translates API codes). */
  describe: (error: unknown) => { message: string; code: string };
}

export const defaults = { limit: 4, signBatch: 10, expiryMarginMs: 60_000 } satisfies Partial<TrellisMultipartOptions>;
export type Opts = DefinePluginOpts<TrellisMultipartOptions, keyof typeof defaults>;

/** Codes after which the API has closed the upload: its id can no longer be used (the server's own list). */
export { CLOSING_CODES } from '@trellis/shared/uploads/closing-codes';

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
export const xhrStatus = (error: unknown) => ((error as { request?: XMLHttpRequest } | null)?.request?.status ?? null);
