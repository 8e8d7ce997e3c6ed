import Uppy, { type UppyFile } from '@uppy/core';
import Dashboard from '@uppy/dashboard';
import GoldenRetriever, { type GoldenRetrieverOptions } from '@uppy/golden-retriever';
import zhCN from '@uppy/locales/lib/zh_CN.js';
import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';
import { REFUSED_CONTENT_CODES } from '@trellis/shared/uploads/closing-codes';
import { MAX_UPLOAD_BYTES, type UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { MyUpload, UploadView } from '@trellis/shared/uploads/schemas';
import { uploadApi } from './client.ts';
import { declareFile, extensionsFor, maxBytesFor } from './kinds.ts';
import { etaSeconds } from '@trellis/shared/uploads/time-left';
import TrellisMultipart from './trellis-multipart.ts';
import { UploadFailure, type TrellisBody, type TrellisMeta } from './upload-types.ts';

/**
 * The upload page's Uppy: the Dashboard inline (drag and drop, progress with speed and time
 * left, pause/resume, retry, cancel), Golden Retriever (files and open uploads survive a
 * reload) and the Trellis multipart uploader. Loaded only by /w/uploads, after hydration.
 */
export interface UploaderOptions {
  target: HTMLElement;
  /** Distinguishes accounts sharing a browser: restored uploads belong to their uploader only. */
  accountId: string;
  lang: 'zh' | 'en';
  /** Where and what for the next added file goes (read when a file is added). */
  destination: () => { orgId: string; purpose: UploadPurpose };
  /** The translated text of an API or validation code. */
  describeCode: (code: string) => string;
  note: (purpose: UploadPurpose) => string;
  onRefusedBeforeUpload: (fileName: string, code: string) => void;
  onSuccess: (file: { name: string; size: number }, upload: UploadView) => void;
  onFailure: (file: { name: string; size: number }, failure: UploadFailure) => void;
  onAborted: (file: { name: string; size: number }, uploadId: string) => void;
  /** Golden Retriever brought back unfinished uploads (true), or the user resumed them (false). */
  onRestored: (pending: boolean) => void;
  /** The account's unfinished uploads (the server's list): a chosen file that is one of them resumes it. */
  resumable: () => readonly MyUpload[];
  /** A chosen file resumes one of the account's unfinished uploads. */
  onResumed: (file: { name: string; size: number }, upload: MyUpload) => void;
  /** "剩余 1 分 15 秒": the status bar's time left in the page's words. */
  timeLeft: (seconds: number) => string;
}

export interface Uploader {
  setPurpose(purpose: UploadPurpose): void;
  destroy(): void;
}

type TFile = UppyFile<TrellisMeta, TrellisBody>;

/**
 * Failures after which the file itself is dropped from the Dashboard (and from what Golden
 * Retriever restores): refused contents (the same bytes would be refused again) and an upload the
 * store no longer holds (the message asks to choose the file again).
 */
const DROP_FILE_CODES: ReadonlySet<string> = new Set<string>([...REFUSED_CONTENT_CODES, 'upload.expired']);

const restrictionsFor = (purpose: UploadPurpose) => ({ allowedFileTypes: extensionsFor(purpose), maxFileSize: maxBytesFor(purpose) });

/**
 * After a reload, a restored file's bar shows what the API has recorded as stored (not what this
 * browser last saw), before the upload is resumed.
 */
async function showStored(uppy: Uppy<TrellisMeta, TrellisBody>, file: TFile): Promise<void> {
  const open = file.trellisUpload;
  if (!open || !file.size) return;
  try {
    const { parts } = await uploadApi.listParts(open.uploadId);
    const bytes = parts.reduce((sum, p) => sum + p.Size, 0);
    const now = uppy.getFile(file.id);
    if (!now || now.progress.uploadComplete) return;
    uppy.setFileState(file.id, {
      progress: { ...now.progress, uploadStarted: now.progress.uploadStarted ?? Date.now(), bytesUploaded: bytes, bytesTotal: file.size, percentage: Math.round((bytes / file.size) * 100) },
    });
    uppy.emit('upload-progress', uppy.getFile(file.id), { uploadStarted: now.progress.uploadStarted ?? Date.now(), bytesUploaded: bytes, bytesTotal: file.size });
  } catch (error) {
    // An expired or closed upload says so when it is resumed.
    uppy.log(error, 'warning');
  }
}

/**
 * The Dashboard's status bar writes time left with Uppy's `prettyETA` ("1m 15s") inside its
 * `xTimeLeft` string: its translator is wrapped (again whenever options reset it) so the time is
 * the page's words instead.
 */
function translateTimeLeft(dashboard: unknown, timeLeft: (seconds: number) => string): void {
  if (!dashboard) return;
  const plugin = dashboard as { i18n: (key: string, vars?: Record<string, unknown>) => string; i18nInit: () => void };
  const init = plugin.i18nInit.bind(plugin);
  plugin.i18nInit = () => {
    init();
    const base = plugin.i18n;
    plugin.i18n = (key, vars) => {
      const seconds = key === 'xTimeLeft' && typeof vars?.time === 'string' ? etaSeconds(vars.time) : null;
      return seconds === null ? base(key, vars) : timeLeft(seconds);
    };
  };
  plugin.i18nInit();
}

export function mountUploader(opts: UploaderOptions): Uploader {
  const describe = (error: unknown) => {
    if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') {
      return { message: opts.describeCode(error.reason), code: error.reason };
    }
    // A part PUT that failed at the network level, after its retries.
    if (error instanceof Error && 'request' in error && (error.request as XMLHttpRequest | null)?.status === 0) {
      return { message: opts.describeCode('upload.storage_unreachable'), code: 'upload.storage_unreachable' };
    }
    return { message: opts.describeCode('error.generic'), code: 'error.generic' };
  };

  const uppy = new Uppy<TrellisMeta, TrellisBody>({
    id: `trellis-uploads-${opts.accountId}`,
    autoProceed: false,
    ...(opts.lang === 'zh' ? { locale: zhCN } : {}),
    restrictions: restrictionsFor(opts.destination().purpose),
    onBeforeFileAdded: (file, files) => {
      const existing = files[file.id];
      // Golden Retriever restored this file without its bytes and the user selected it again:
      // it keeps its destination and open upload.
      if (existing) return existing.isGhost ? file : false;
      const { orgId, purpose } = opts.destination();
      const declared = declareFile(purpose, file.name ?? '', file.size ?? 0);
      if ('refused' in declared) {
        opts.onRefusedBeforeUpload(file.name ?? '', declared.refused);
        return false;
      }
      return { ...file, meta: { ...file.meta, orgId, purpose, contentType: declared.contentType } } as TFile;
    },
  });

  uppy.use(Dashboard<TrellisMeta, TrellisBody>, {
    target: opts.target,
    inline: true,
    width: '100%',
    height: 420,
    theme: 'light',
    proudlyDisplayPoweredByUppy: false,
    fileManagerSelectionType: 'files',
    showRemoveButtonAfterComplete: true,
    note: opts.note(opts.destination().purpose),
  });
  // Golden Retriever keeps blobs in IndexedDB only up to 10 MiB by default; allow the app's cap
  // so a reload resumes without asking for the file again (larger files come back as "ghosts"
  // to select again, and the upload still resumes from the stored parts).
  const indexedDB = { maxFileSize: MAX_UPLOAD_BYTES, maxTotalSize: 2 * MAX_UPLOAD_BYTES } as GoldenRetrieverOptions['indexedDB'];
  uppy.use(GoldenRetriever<TrellisMeta, TrellisBody>, { expires: 24 * 60 * 60 * 1000, ...(indexedDB ? { indexedDB } : {}) });
  uppy.use(TrellisMultipart<TrellisMeta, TrellisBody>, { api: uploadApi, limit: 4, signBatch: 10, describe, resumable: opts.resumable });
  translateTimeLeft(uppy.getPlugin('Dashboard'), opts.timeLeft);

  // With a single file the Dashboard renders its `listitem` outside any `list` (an ARIA error
  // screen readers stumble on; the multi-file list is fine): give that container the role.
  const lists = new MutationObserver(() => {
    for (const el of opts.target.querySelectorAll('.uppy-Dashboard-files:not([role])')) el.setAttribute('role', 'list');
  });
  lists.observe(opts.target, { childList: true, subtree: true });

  const sized = (file: TFile | undefined) => ({ name: file?.name ?? '', size: file?.size ?? 0 });
  uppy.on('upload-success', (file, response) => {
    const upload = response.body?.upload;
    if (file && upload) opts.onSuccess(sized(file), upload);
  });
  uppy.on('upload-error', (file, error) => {
    if (!(error instanceof UploadFailure)) return;
    opts.onFailure(sized(file), error);
    // Refused contents stay refused (the API deleted the object), and an expired upload cannot go
    // on: instead of offering a retry, drop the file; the page keeps the reason.
    if (file && DROP_FILE_CODES.has(error.code)) {
      queueMicrotask(() => {
        uppy.removeFile(file.id);
        if (!uppy.getFiles().some((f) => f.error)) uppy.setState({ error: null });
      });
    }
  });
  uppy.on('trellis:aborted', (file, uploadId) => opts.onAborted(sized(file), uploadId));
  uppy.on('trellis:resumed', (file, upload) => opts.onResumed(sized(file), upload));
  uppy.on('restored', () => {
    if (!uppy.getState().recoveredState) return;
    opts.onRestored(true);
    for (const file of uppy.getFiles()) void showStored(uppy, file);
  });
  uppy.on('restore-confirmed', () => opts.onRestored(false));

  return {
    setPurpose(purpose) {
      uppy.setOptions({ restrictions: restrictionsFor(purpose) });
      uppy.getPlugin('Dashboard')?.setOptions({ note: opts.note(purpose) });
    },
    destroy() {
      lists.disconnect();
      // Leaving the page is not cancelling: detach the uploader (parts in flight stop, the API's
      // uploads stay open) and Golden Retriever (its saved state stays) before Uppy clears its
      // files, so coming back resumes where the uploads were.
      for (const id of ['GoldenRetriever', 'TrellisMultipart']) {
        const plugin = uppy.getPlugin(id);
        if (plugin) uppy.removePlugin(plugin);
      }
      uppy.destroy();
    },
  };
}
