import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, relay } from '#lib/server/upload-proxy.ts';

/** uploads.listParts: the parts the app has on record (for resuming), as `{ PartNumber, Size, ETag }`. */
export const GET: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  return relay(await api('uploads.listParts', { params: { uploadId: event.params.uploadId } }));
};
