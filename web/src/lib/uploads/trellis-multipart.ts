import { BasePlugin, EventManager, type DefinePluginOpts, type PluginOpts, type Uppy } from '@uppy/core';
import { fetcher, filterFilesToEmitUploadStarted, filterFilesToUpload, TaskQueue, type Body, type Meta, type TaskQueueAbortablePromise, type UppyFile } from '@uppy/core/utils';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { UploadView } from '@trellis/shared/uploads/schemas';
import { UploadApiError, type SignedPart, type UploadApi } from './client.ts';

/** Set on each file when it is added: where it goes, what for, and the type it is declared as. */
export type TrellisMeta = { orgId: string; purpose: UploadPurpose; contentType: string };
export type TrellisBody = { upload: UploadView };

/**
 * An upload the API has opened for a file. It lives in the file's state, so Golden Retriever
 * keeps it across a reload and the upload resumes from the API's record of stored parts.
 */
export interface OpenUpload {
  uploadId: string;
  key: string;
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
  /** The text to show for a failure (the page translates API codes). */
  describe: (error: unknown) => { message: string; code: string };
}

const defaults = { limit: 4, signBatch: 10, expiryMarginMs: 60_000 } satisfies Partial<TrellisMultipartOptions>;
type Opts = DefinePluginOpts<TrellisMultipartOptions, keyof typeof defaults>;

/** Codes after which the API has closed the upload: its id can no longer be used. */
const CLOSING_CODES = new Set(['upload.size_mismatch', 'upload.content_mismatch', 'upload.finished']);

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const xhrStatus = (error: unknown) => ((error as { request?: XMLHttpRequest } | null)?.request?.status ?? null);

/**
 * Uppy uploader for the Trellis uploads API: the API opens a multipart upload and signs one
 * URL per part (each for the part's exact size); the browser PUTs parts straight to object
 * storage, several at once, and reports each stored part (number, ETag, size) to the API,
 * which keeps its own record of parts and completes the upload from it after checking size
 * and first bytes. Pause, resume, retry and resume-after-reload (with Golden Retriever) only
 * send the parts the API has not recorded yet.
 *
 * (`@uppy/aws-s3` 6 signs raw S3 requests and sends every S3 call itself, one part at a time,
 * which fits neither the API's own create/complete checks nor parallel parts.)
 */
export default class TrellisMultipart<M extends TrellisMeta & Meta, B extends TrellisBody & Body> extends BasePlugin<Opts, M, B> {
  readonly queue: TaskQueue;
  readonly #active = new Map<string, FileUpload<M, B>>();

  constructor(uppy: Uppy<M, B>, opts: TrellisMultipartOptions) {
    super(uppy, { ...defaults, ...opts });
    this.type = 'uploader';
    this.id = this.opts.id ?? 'TrellisMultipart';
    this.queue = new TaskQueue({ concurrency: this.opts.limit });
  }

  override install(): void {
    this.#setResumable(true);
    this.uppy.addUploader(this.#upload);
    this.uppy.on('file-removed', this.#onFileRemoved);
  }

  override uninstall(): void {
    this.#setResumable(false);
    this.uppy.removeUploader(this.#upload);
    this.uppy.off('file-removed', this.#onFileRemoved);
    for (const upload of this.#active.values()) upload.stop();
    this.queue.clear();
  }

  #setResumable(value: boolean): void {
    const { capabilities } = this.uppy.getState();
    this.uppy.setState({ capabilities: { ...capabilities, resumableUploads: value } });
  }

  #upload = async (fileIDs: string[]): Promise<void> => {
    const files = filterFilesToUpload(this.uppy.getFilesByIds(fileIDs)) as UppyFile<M, B>[];
    this.uppy.emit('upload-start', filterFilesToEmitUploadStarted(files));
    await Promise.allSettled(files.map((file) => this.#uploadFile(file)));
  };

  #uploadFile(file: UppyFile<M, B>): Promise<void> {
    return new Promise((resolve) => {
      if (file.isRemote || !file.data) {
        // A file restored without its bytes (a "ghost") waits until the user selects it again.
        resolve();
        return;
      }
      this.#active.get(file.id)?.stop();
      const upload = new FileUpload<M, B>(this, file, file.data, () => {
        if (this.#active.get(file.id) === upload) this.#active.delete(file.id);
        resolve();
      });
      this.#active.set(file.id, upload);
      if (!this.uppy.getFile(file.id)?.isPaused) upload.start();
    });
  }

  /** Removing a file (or cancelling all) stops its parts and aborts its open upload at the API. */
  #onFileRemoved = (file: UppyFile<M, B>): void => {
    this.#active.get(file.id)?.stop();
    const open = file.trellisUpload;
    if (open && !file.progress.uploadComplete) {
      this.uppy.emit('trellis:aborted', file, open.uploadId);
      this.opts.api.abort(open.uploadId).catch((error: unknown) => this.uppy.log(error, 'warning'));
    }
  };
}

declare module '@uppy/core' {
  export interface UppyEventMap<M extends Meta, B extends Body> {
    /** An open upload was cancelled by removing its file. */
    'trellis:aborted': (file: UppyFile<M, B>, uploadId: string) => void;
  }
}

/** One file's upload: created once, started again on each resume. */
class FileUpload<M extends TrellisMeta & Meta, B extends TrellisBody & Body> {
  readonly #plugin: TrellisMultipart<M, B>;
  readonly #uppy: Uppy<M, B>;
  readonly #opts: Opts;
  readonly #fileId: string;
  readonly #data: Blob;
  readonly #events: EventManager<M, B>;
  readonly #settle: () => void;

  #open: OpenUpload | undefined;
  /** Whether `#stored` mirrors the API's record (not yet after a reload or a retry). */
  #synced: boolean;
  /** Part number → size, for parts stored and recorded at the API. */
  readonly #stored = new Map<number, number>();
  /** Part number → bytes sent so far, for parts in flight. */
  readonly #sending = new Map<number, number>();
  readonly #urls = new Map<number, SignedPart>();
  readonly #signing = new Map<number, Promise<void>>();
  readonly #tasks = new Set<TaskQueueAbortablePromise<void>>();
  #controller: AbortController | null = null;
  #finished = false;

  constructor(plugin: TrellisMultipart<M, B>, file: UppyFile<M, B>, data: Blob, settle: () => void) {
    this.#plugin = plugin;
    this.#uppy = plugin.uppy;
    this.#opts = plugin.opts;
    this.#fileId = file.id;
    this.#data = data;
    this.#settle = settle;
    this.#open = file.trellisUpload;
    this.#synced = !this.#open;
    this.#events = new EventManager(this.#uppy);
    this.#events.onFilePause(file.id, (paused) => (paused ? this.#halt() : this.start()));
    this.#events.onPauseAll(file.id, () => this.#halt());
    this.#events.onResumeAll(file.id, () => this.start());
  }

  start(): void {
    if (this.#finished) return;
    this.#halt();
    const controller = new AbortController();
    this.#controller = controller;
    this.#run(controller.signal).then(
      (view) => this.#succeed(view),
      (error: unknown) => {
        if (!controller.signal.aborted && !this.#finished) this.#fail(error);
      },
    );
  }

  /** The file was removed: stop everything, report nothing. */
  stop(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#halt();
    this.#events.remove();
    this.#settle();
  }

  /** Pause: abort parts in flight (stored parts stay stored). */
  #halt(): void {
    this.#controller?.abort();
    this.#controller = null;
    for (const task of this.#tasks) task.abort();
    this.#tasks.clear();
    this.#sending.clear();
  }

  get #file(): UppyFile<M, B> | undefined {
    return this.#uppy.getFile(this.#fileId) as UppyFile<M, B> | undefined;
  }

  async #run(signal: AbortSignal): Promise<UploadView> {
    let open = this.#open;
    if (!open) {
      const file = this.#file;
      if (!file) throw new DOMException('File removed', 'AbortError');
      const view = await this.#opts.api.create(
        { orgId: file.meta.orgId, purpose: file.meta.purpose, fileName: file.name, size: this.#data.size, contentType: file.meta.contentType || file.type },
        signal,
      );
      open = { uploadId: view.uploadId, key: view.key, partSize: view.partSize, partCount: view.partCount };
      this.#open = open;
      this.#synced = true;
      this.#uppy.setFileState(this.#fileId, { trellisUpload: open });
    }
    if (!this.#synced) await this.#sync(open, signal);
    this.#progress();
    for (let round = 0; ; round++) {
      await this.#sendParts(open, signal);
      try {
        return await this.#opts.api.complete(open.uploadId, signal);
      } catch (error) {
        // The API completes from its own record: a part missing there is sent again, once.
        if (round > 0 || !(error instanceof UploadApiError) || error.reason !== 'upload.parts_missing') throw error;
        await this.#sync(open, signal);
      }
    }
  }

  /** Takes the API's record of stored parts as the truth (after a reload, a retry, or a refusal). */
  async #sync(open: OpenUpload, signal: AbortSignal): Promise<void> {
    const { parts } = await this.#opts.api.listParts(open.uploadId, signal);
    this.#stored.clear();
    for (const part of parts) {
      if (part.Size === this.#partSize(open, part.PartNumber)) this.#stored.set(part.PartNumber, part.Size);
    }
    this.#synced = true;
  }

  #partSize(open: OpenUpload, n: number): number {
    const start = (n - 1) * open.partSize;
    return Math.max(0, Math.min(open.partSize, this.#data.size - start));
  }

  async #sendParts(open: OpenUpload, signal: AbortSignal): Promise<void> {
    const pending: number[] = [];
    for (let n = 1; n <= open.partCount; n++) if (!this.#stored.has(n)) pending.push(n);
    if (pending.length === 0) return;
    const tasks = pending.map((n) => this.#plugin.queue.add((taskSignal) => this.#sendPart(open, n, taskSignal, signal)));
    for (const task of tasks) this.#tasks.add(task);
    try {
      await Promise.all(tasks);
    } catch (error) {
      for (const task of tasks) task.abort();
      throw error;
    } finally {
      for (const task of tasks) this.#tasks.delete(task);
    }
  }

  /** PUTs one part to its presigned URL (retried on network errors and 5xx), then records it. */
  async #sendPart(open: OpenUpload, n: number, signal: AbortSignal, runSignal: AbortSignal): Promise<void> {
    const start = (n - 1) * open.partSize;
    const body = this.#data.slice(start, start + this.#partSize(open, n));
    for (let attempt = 0; ; attempt++) {
      const { url } = await this.#urlFor(open, n, runSignal);
      try {
        const xhr = await fetcher(url, {
          method: 'PUT',
          body,
          signal,
          retries: 3,
          timeout: 0,
          shouldRetry: (x) => x.status === 0 || x.status === 429 || x.status >= 500,
          onUploadProgress: (event) => {
            this.#sending.set(n, event.loaded);
            this.#progress();
          },
        });
        const etag = xhr.getResponseHeader('etag');
        if (!etag) throw new Error('The storage answered without an ETag (check its CORS ExposeHeaders).');
        await this.#opts.api.recordPart(open.uploadId, n, { etag, size: body.size }, runSignal);
        this.#sending.delete(n);
        this.#stored.set(n, body.size);
        this.#progress();
        return;
      } catch (error) {
        this.#sending.delete(n);
        // An expired (or otherwise refused) signature: sign this part again, once.
        const status = xhrStatus(error);
        if (attempt === 0 && (status === 403 || status === 400)) {
          this.#urls.delete(n);
          continue;
        }
        throw error;
      }
    }
  }

  /** A fresh URL for part `n`: signed in batches with the next parts, reused until near expiry. */
  async #urlFor(open: OpenUpload, n: number, signal: AbortSignal): Promise<SignedPart> {
    const fresh = (u: SignedPart | undefined) => u !== undefined && Date.parse(u.expiresAt) - this.#opts.expiryMarginMs > Date.now();
    const cached = this.#urls.get(n);
    if (fresh(cached)) return cached as SignedPart;
    let signing = this.#signing.get(n);
    if (!signing) {
      const batch = [n];
      for (let m = n + 1; m <= open.partCount && batch.length < this.#opts.signBatch; m++) {
        if (!this.#stored.has(m) && !this.#signing.has(m) && !fresh(this.#urls.get(m))) batch.push(m);
      }
      signing = this.#opts.api.sign(open.uploadId, batch, signal).then(
        ({ urls }) => {
          for (const u of urls) this.#urls.set(u.partNumber, u);
        },
      ).finally(() => {
        for (const m of batch) this.#signing.delete(m);
      });
      for (const m of batch) this.#signing.set(m, signing);
    }
    await signing;
    const url = this.#urls.get(n);
    if (!url) throw new Error(`No URL was signed for part ${n}`);
    return url;
  }

  #progress(): void {
    const file = this.#file;
    if (!file) return;
    let bytes = 0;
    for (const size of this.#stored.values()) bytes += size;
    for (const size of this.#sending.values()) bytes += size;
    this.#uppy.emit('upload-progress', file, {
      uploadStarted: file.progress.uploadStarted ?? Date.now(),
      bytesUploaded: Math.min(bytes, this.#data.size),
      bytesTotal: this.#data.size,
    });
  }

  #succeed(view: UploadView): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#events.remove();
    const file = this.#file;
    if (file) {
      this.#uppy.setFileState(this.#fileId, { trellisUpload: undefined });
      this.#uppy.emit('upload-success', this.#file, { status: 200, body: { upload: view } as B });
    }
    this.#settle();
  }

  #fail(error: unknown): void {
    if (isAbort(error)) return;
    this.#finished = true;
    this.#halt();
    this.#events.remove();
    const { message, code } = this.#opts.describe(error);
    const closed = error instanceof UploadApiError && (error.status === 409 || CLOSING_CODES.has(error.reason));
    const failure = new UploadFailure(message, code, this.#open?.uploadId ?? null, closed);
    if (closed) {
      // The API closed this upload: a retry opens a new one.
      this.#open = undefined;
      this.#uppy.setFileState(this.#fileId, { trellisUpload: undefined });
    }
    this.#uppy.emit('upload-error', this.#file, failure);
    this.#settle();
  }
}
