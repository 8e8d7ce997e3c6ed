import type { RequestHandler } from './$types';
import { api } from '#lib/server/api.ts';
import { guard, relay } from '#lib/server/upload-proxy.ts';

/** uploads.mine: my unfinished and not yet used uploads, newest first (`?cursor=` for the next page). */
export const GET: RequestHandler = async (event) => {
  const refused = guard(event);
  if (refused) return refused;
  return relay(await api('uploads.mine', { query: { cursor: event.url.searchParams.get('cursor') ?? undefined } }));
};
