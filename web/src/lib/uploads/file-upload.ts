import { EventManager, type Uppy } from '@uppy/core';
import { fetcher, type Body, type Meta, type TaskQueueAbortablePromise, type UppyFile } from '@uppy/core/utils';
import { PART_SIZE } from '@trellis/shared/uploads/purposes';
import type { SignedPart, UploadView } from '@trellis/shared/uploads/schemas';
import { UploadApiError } from './client.ts';
import type TrellisMultipart from './trellis-multipart.ts';
import { CLOSING_CODES, isAbort, UploadFailure, xhrStatus, type OpenUpload, type Opts, type TrellisBody, type TrellisMeta } from './upload-types.ts';

/** SHA-256 (hex) of the file's first part, or undefined where WebCrypto is missing (not a secure context). */
async function firstPartHash(data: Blob): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await data.slice(0, PART_SIZE).arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** One file's upload: created once, started again on each resume. */
export class FileUpload<M extends TrellisMeta & Meta, B extends TrellisBody & Body> {
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
  /** Parts stored in the store whose record at the API is on its way (a pause does not stop it). */
  readonly #recording = new Map<number, Promise<void>>();
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

  /**
   * Pause: abort parts in flight; parts the store has taken stay stored (their record at the API
   * goes on), and the bar shows exactly the stored bytes.
   */
  #halt(): void {
    const wasRunning = this.#controller !== null;
    this.#controller?.abort();
    this.#controller = null;
    for (const task of this.#tasks) task.abort();
    this.#tasks.clear();
    this.#sending.clear();
    if (wasRunning && !this.#finished) this.#progress();
  }

  get #file(): UppyFile<M, B> | undefined {
    return this.#uppy.getFile(this.#fileId) as UppyFile<M, B> | undefined;
  }

  async #run(signal: AbortSignal): Promise<UploadView> {
    const open = this.#open ?? (await this.#openUpload(signal));
    if (!this.#synced) await this.#sync(open, signal);
    this.#progress();
    for (let round = 0; ; round++) {
      await this.#sendParts(open, signal);
      // Parts stored before a pause may still be on their way to the API's record.
      await Promise.all(this.#recording.values());
      try {
        return await this.#opts.api.complete(open.uploadId, signal);
      } catch (error) {
        // The API completes from its own record: a part missing there is sent again, once.
        if (round > 0 || !(error instanceof UploadApiError) || error.reason !== 'upload.parts_missing') throw error;
        await this.#sync(open, signal);
      }
    }
  }

  /**
   * Opens the file's upload: an unfinished upload of the same file (same name and size, same
   * SHA-256 of the first part), from this browser or another, is resumed from its stored parts;
   * otherwise the API creates one, keeping the hash for next time.
   */
  async #openUpload(signal: AbortSignal): Promise<OpenUpload> {
    const file = this.#file;
    if (!file) throw new DOMException('File removed', 'AbortError');
    const firstPartSha256 = await firstPartHash(this.#data);
    if (signal.aborted) throw new DOMException('Paused', 'AbortError');
    const found = firstPartSha256 ? this.#plugin.takeResumable(file.name ?? '', this.#data.size, firstPartSha256) : undefined;
    let open: OpenUpload;
    if (found) {
      open = { uploadId: found.uploadId, partSize: found.partSize, partCount: found.partCount };
      this.#synced = false;
      this.#uppy.setFileMeta(this.#fileId, { ...file.meta, orgId: found.orgId, purpose: found.purpose });
      this.#uppy.emit('trellis:resumed', file, found);
    } else {
      const view = await this.#opts.api.create(
        {
          orgId: file.meta.orgId, purpose: file.meta.purpose, fileName: file.name ?? '', size: this.#data.size,
          contentType: file.meta.contentType || (file.type ?? ''), ...(firstPartSha256 ? { firstPartSha256 } : {}),
        },
        signal,
      );
      open = { uploadId: view.uploadId, partSize: view.partSize, partCount: view.partCount };
      this.#synced = true;
    }
    this.#open = open;
    this.#uppy.setFileState(this.#fileId, { trellisUpload: open });
    return open;
  }

  /** Takes the API's record of stored parts as the truth (after a reload, a retry, or a refusal). */
  async #sync(open: OpenUpload, signal: AbortSignal): Promise<void> {
    await Promise.allSettled(this.#recording.values());
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
        // The store has the part: it counts as stored from now on, even if a pause comes before
        // the API has recorded it (the record is not cancelled by a pause).
        this.#sending.delete(n);
        this.#stored.set(n, body.size);
        this.#progress();
        await this.#record(open, n, etag, body.size);
        return;
      } catch (error) {
        this.#sending.delete(n);
        const status = xhrStatus(error);
        // NoSuchUpload: the store dropped this upload (its window for unfinished uploads ended):
        // the id is dead, so the upload closes and the file must be chosen again.
        if (status === 404) throw new UploadApiError(404, { code: 'upload.expired' });
        // An expired (or otherwise refused) signature: sign this part again, once.
        if (attempt === 0 && (status === 403 || status === 400)) {
          this.#urls.delete(n);
          continue;
        }
        throw error;
      }
    }
  }

  /**
   * Records a stored part at the API, whatever happens to the run meanwhile; if that fails for
   * good, the part no longer counts as stored and is sent again.
   */
  #record(open: OpenUpload, n: number, etag: string, size: number): Promise<void> {
    const recording = this.#opts.api.recordPart(open.uploadId, n, { etag, size }).then(
      () => undefined,
      (error: unknown) => {
        this.#stored.delete(n);
        if (!this.#finished) this.#progress();
        throw error;
      },
    ).finally(() => {
      if (this.#recording.get(n) === recording) this.#recording.delete(n);
    });
    this.#recording.set(n, recording);
    // Awaited by the part's task; a pause leaves it running unobserved.
    recording.catch(() => undefined);
    return recording;
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
      // The API closed this upload: a retry opens a new one, never this one again.
      if (this.#open) this.#plugin.forget(this.#open.uploadId);
      // The store answered NoSuchUpload to a part: the API is told, so its record closes too.
      if (this.#open && error instanceof UploadApiError && error.status === 404) {
        const { uploadId } = this.#open;
        const file = this.#file;
        this.#opts.api.abort(uploadId).then(
          () => file && this.#uppy.emit('trellis:aborted', file, uploadId),
          (e: unknown) => this.#uppy.log(e, 'warning'),
        );
      }
      this.#open = undefined;
      this.#uppy.setFileState(this.#fileId, { trellisUpload: undefined });
    }
    this.#uppy.emit('upload-error', this.#file, failure);
    this.#settle();
  }
}
