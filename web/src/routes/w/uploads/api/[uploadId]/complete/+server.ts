import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, relay } from '#lib/server/upload-proxy.ts';

/**
 * uploads.complete: the API assembles the parts it has on record, then checks the stored size
 * and the first bytes; a refused object is deleted (400 with the reason in `fields`).
 */
export const POST: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  return relay(await api('uploads.complete', { params: { uploadId: event.params.uploadId } }));
};
