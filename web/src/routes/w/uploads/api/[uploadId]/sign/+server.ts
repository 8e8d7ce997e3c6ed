import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, jsonBody, relay } from '#lib/server/upload-proxy.ts';

/** uploads.sign: `{ partNumbers }` (at most 100) → presigned part URLs, each for its part's exact size. */
export const POST: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  const body = await jsonBody(event);
  if (body instanceof Response) return body;
  const partNumbers = body.partNumbers as number[];
  return relay(await api('uploads.sign', { params: { uploadId: event.params.uploadId }, body: { partNumbers } }));
};
