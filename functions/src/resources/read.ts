import type { Actor } from '@trellis/shared/access/policy';
import { countResource, getResourceWithCounts, type ResourceRecord } from '../adapters/dynamodb/resource-store';
import { signDownload } from '../adapters/s3/media-store';
import { AccessDenied } from '../errors';
import { requireAccess } from '../http/access-check';
import { presentResource } from './present';

/**
 * Published works are open to every signed-in person; others only to their uploader and
 * the school's reviewers (the same policy). Missing and forbidden look the same.
 */
async function readable(actor: Actor, id: string): Promise<ResourceRecord> {
  const found = await getResourceWithCounts(id);
  if (!found) throw new AccessDenied();
  const r = found.resource;
  if (r.status === 'published' || r.uploaderId === actor.accountId) return r;
  await requireAccess(actor, 'resource.review', r.schoolPath);
  return r;
}

/** Opening a work counts a view (published only) and hands out a short-lived playback URL. */
export async function openResource(actor: Actor, id: string) {
  const r = await readable(actor, id);
  const counts = r.status === 'published' ? await countResource(r.id, 'views') : null;
  return { resource: await presentResource(r), counts, playUrl: await signDownload(r.uploadKey, r.fileName, 'inline') };
}

/** A download counts and gets an attachment URL. */
export async function downloadResource(actor: Actor, id: string) {
  const r = await readable(actor, id);
  const counts = r.status === 'published' ? await countResource(r.id, 'downloads') : null;
  return { url: await signDownload(r.uploadKey, r.fileName, 'attachment'), counts };
}
