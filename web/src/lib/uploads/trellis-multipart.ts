import { BasePlugin, type Uppy } from '@uppy/core';
import { filterFilesToEmitUploadStarted, filterFilesToUpload, TaskQueue, type Body, type Meta, type UppyFile } from '@uppy/core/utils';
import type { MyUpload } from '@trellis/shared/uploads/schemas';
import { FileUpload } from './file-upload.ts';
import { defaults, type Opts, type TrellisBody, type TrellisMeta, type TrellisMultipartOptions } from './upload-types.ts';

/**
 * Uppy uploader for the Trellis uploads API: the API opens a multipart upload and signs one
 * URL per part (each for the part's exact size); the browser PUTs parts straight to object
 * storage, several at once, and reports each stored part (number, ETag, size) to the API,
 * which keeps its own record of parts and completes the upload from it after checking size
 * and first bytes. Pause, resume, retry and resume-after-reload (with Golden Retriever) only
 * send the parts the store has not taken yet; a file chosen again (in any browser) resumes the
 * account's unfinished upload of it, recognised by name, size and the SHA-256 of its first part.
 *
 * (`@uppy/aws-s3` 6 signs raw S3 requests and sends every S3 call itself, one part at a time,
 * which fits neither the API's own create/complete checks nor parallel parts.)
 */
export default class TrellisMultipart<M extends TrellisMeta & Meta, B extends TrellisBody & Body> extends BasePlugin<Opts, M, B> {
  readonly queue: TaskQueue;
  readonly #active = new Map<string, FileUpload<M, B>>();
  /** Unfinished uploads already taken up by a file of this page (two copies of a file do not share one). */
  readonly #taken = new Set<string>();

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

  /**
   * The account's unfinished upload of this very file (same name, size and first-part hash, not
   * expired, not already taken by another file here), taken for it; or undefined.
   */
  takeResumable(name: string, size: number, firstPartSha256: string): MyUpload | undefined {
    const found = (this.opts.resumable?.() ?? []).find(
      (u) => u.state === 'uploading' && u.fileName === name && u.size === size && u.firstPartSha256 === firstPartSha256 && !this.#taken.has(u.uploadId),
    );
    if (found) this.#taken.add(found.uploadId);
    return found;
  }

  /** An upload that closed on this page is never resumed by another file. */
  forget(uploadId: string): void {
    this.#taken.add(uploadId);
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
      this.#taken.add(open.uploadId);
      // Announced once the API has closed it, so the page's list of my uploads is read after that.
      this.opts.api.abort(open.uploadId).then(
        () => this.uppy.emit('trellis:aborted', file, open.uploadId),
        (error: unknown) => this.uppy.log(error, 'warning'),
      );
    }
  };
}

declare module '@uppy/core' {
  export interface UppyEventMap<M extends Meta, B extends Body> {
    /** An open upload was cancelled (its file removed, or the store lost it) and the API has closed it. */
    'trellis:aborted': (file: UppyFile<M, B>, uploadId: string) => void;
    /** A chosen file is the same as an unfinished upload of the account: that upload goes on. */
    'trellis:resumed': (file: UppyFile<M, B>, upload: MyUpload) => void;
  }
}
