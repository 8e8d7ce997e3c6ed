import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, relay } from '#lib/server/upload-proxy.ts';

/** uploads.abort: cancels or discards the upload (204, also when repeated: the store is cleaned up again); 409 once it was submitted. */
export const DELETE: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  return relay(await api('uploads.abort', { params: { uploadId: event.params.uploadId } }));
};
