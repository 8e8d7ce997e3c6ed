import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import type { CreateUploadBody } from '@trellis/shared/uploads/schemas';
import { errorJson, guard, jsonBody, relay } from '#lib/server/upload-proxy.ts';

/** uploads.create: `{ orgId, fileName, size, contentType, purpose, firstPartSha256? }` → 201 with the upload's id, key and part size. */
export const POST: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  const body = await jsonBody(event);
  if (body instanceof Response) return body;
  const { orgId, fileName, size, contentType, purpose, firstPartSha256 } = body;
  if (typeof orgId !== 'string' || !orgId) return errorJson(400, 'validation.failed', 'orgId is required');
  // The API validates the rest (types, limits per purpose); only the known fields are forwarded.
  const upload = { fileName, size, contentType, purpose, ...(firstPartSha256 === undefined ? {} : { firstPartSha256 }) } as CreateUploadBody;
  return relay(await api('uploads.create', { params: { orgId }, body: upload }));
};
