import type { Actor } from '@trellis/shared/access/policy';
import type { ReaderResourceView, ResourceCounts, ResourceRecord } from '@trellis/shared/resources/schemas';
import { countResource, getResourceWithCounts } from '../adapters/dynamodb/resource/resource-store';
import { firstAccountViewToday } from '../adapters/dynamodb/resource/resource-view-store';
import { signDownload } from '../adapters/s3/media-store';
import { AccessDenied } from '../errors';
import { requireAccess } from '../access/require-access';
import { presentResource, readerView } from './present';

/** True when the actor reviews works of the school or is an admin above it (the policy). */
async function oversees(actor: Actor, r: ResourceRecord): Promise<boolean> {
  for (const action of ['resource.review', 'resource.takedown'] as const) {
    try {
      await requireAccess(actor, action, r.schoolPath);
      return true;
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
    }
  }
  return false;
}

/**
 * Published works are open to every signed-in person; others only to their uploader and
 * the school's reviewers (the same policy). Missing and forbidden look the same. The review
 * trail and the uploader's id are kept for the uploader and those who oversee the school.
 */
async function readable(actor: Actor, id: string): Promise<{ r: ResourceRecord; counts: ResourceCounts; full: boolean }> {
  const found = await getResourceWithCounts(id);
  if (!found) throw new AccessDenied();
  const r = found.resource;
  if (r.uploaderId === actor.accountId) return { r, counts: found.counts, full: true };
  if (r.status === 'published') return { r, counts: found.counts, full: await oversees(actor, r) };
  await requireAccess(actor, 'resource.review', r.schoolPath);
  return { r, counts: found.counts, full: true };
}

/** Opening a published work counts a view once per account and day (China time). */
export async function openResource(actor: Actor, id: string) {
  const { r, counts, full } = await readable(actor, id);
  const counted = r.status === 'published' ? ((await firstAccountViewToday(r.id, actor.accountId)) ? await countResource(r.id, 'views') : counts) : null;
  const view = await presentResource(r);
  const resource: ReaderResourceView = full ? view : readerView(view);
  return { resource, counts: counted, playUrl: await signDownload(r.uploadKey, r.fileName, 'inline') };
}

/** A download counts and gets an attachment URL. */
export async function downloadResource(actor: Actor, id: string) {
  const { r } = await readable(actor, id);
  const counts = r.status === 'published' ? await countResource(r.id, 'downloads') : null;
  return { url: await signDownload(r.uploadKey, r.fileName, 'attachment'), counts };
}
