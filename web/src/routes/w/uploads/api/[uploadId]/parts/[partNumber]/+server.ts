import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, jsonBody, relay } from '#lib/server/upload-proxy.ts';

/** uploads.recordPart: `{ etag, size }` of a part the browser stored; the API keeps its own record. */
export const PUT: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  const body = await jsonBody(event);
  if (body instanceof Response) return body;
  const { etag, size } = body as { etag: string; size: number };
  const { uploadId, partNumber } = event.params;
  return relay(await api('uploads.recordPart', { params: { uploadId, partNumber }, body: { etag, size } }));
};
