import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { SignedPart, UploadedPart, UploadView } from '@trellis/shared/uploads/schemas';

/** The upload page's script → the SvelteKit endpoints that relay the uploads API with the session. */
const BASE = '/w/uploads/api';
/** Back-off for requests that are safe to repeat (network errors, 5xx, 429). */
const RETRY_DELAYS_MS = [500, 1500, 4000];

export type CreateInput = { orgId: string; fileName: string; size: number; contentType: string; purpose: UploadPurpose; firstPartSha256?: string };

/** A refusal from the API (or the relay), with its status, code and field codes. */
export class UploadApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string[]>;

  constructor(status: number, error: { code?: unknown; message?: unknown; fields?: unknown } | null | undefined) {
    super(typeof error?.message === 'string' ? error.message : `HTTP ${status}`);
    this.name = 'UploadApiError';
    this.status = status;
    this.code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'server.error' : 'request.failed';
    this.fields = error?.fields && typeof error.fields === 'object' ? (error.fields as Record<string, string[]>) : {};
  }

  /** The most specific code: the first field code (`upload.content_mismatch`) or the error code. */
  get reason(): string {
    return Object.values(this.fields).flat()[0] ?? this.code;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });

const retryable = (error: unknown) =>
  error instanceof UploadApiError ? error.status >= 500 || error.status === 429 : !(error instanceof DOMException && error.name === 'AbortError');

async function once<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${BASE}${path}`, {
    method, headers, signal, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null as T;
  const payload = (await response.json().catch(() => null)) as { error?: Record<string, unknown> } | null;
  if (!response.ok) throw new UploadApiError(response.status, payload?.error);
  return payload as T;
}

/**
 * One JSON call. Requests that change nothing when repeated are retried with back-off; `create`
 * and `complete` are not (a lost answer would start a second upload or report a finished one).
 */
async function call<T>(method: string, path: string, opts: { body?: unknown; signal?: AbortSignal; retry?: boolean } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await once<T>(method, path, opts.body, opts.signal);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!opts.retry || delay === undefined || opts.signal?.aborted || !retryable(error)) throw error;
      await sleep(delay, opts.signal);
    }
  }
}

const id = encodeURIComponent;

export const uploadApi = {
  create: (input: CreateInput, signal?: AbortSignal) => call<UploadView>('POST', '', { body: input, signal }),
  sign: (uploadId: string, partNumbers: number[], signal?: AbortSignal) =>
    call<{ urls: SignedPart[] }>('POST', `/${id(uploadId)}/sign`, { body: { partNumbers }, signal, retry: true }),
  recordPart: (uploadId: string, partNumber: number, part: { etag: string; size: number }, signal?: AbortSignal) =>
    call<{ parts: UploadedPart[] }>('PUT', `/${id(uploadId)}/parts/${partNumber}`, { body: part, signal, retry: true }),
  listParts: (uploadId: string, signal?: AbortSignal) => call<{ parts: UploadedPart[] }>('GET', `/${id(uploadId)}/parts`, { signal, retry: true }),
  complete: (uploadId: string, signal?: AbortSignal) => call<UploadView>('POST', `/${id(uploadId)}/complete`, { signal }),
  abort: (uploadId: string) => call<null>('DELETE', `/${id(uploadId)}`, { retry: true }),
};

export type UploadApi = typeof uploadApi;
