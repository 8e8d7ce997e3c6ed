import type { Actor } from '@trellis/shared/access/policy';
import type { ResourceRecord, ResourceView } from '@trellis/shared/resources/schemas';
import { moveResource } from '../adapters/dynamodb/resource/resource-move';
import { getResourceWithCounts } from '../adapters/dynamodb/resource/resource-store';
import { AccessDenied, Conflict } from '../errors';
import { tell } from '../inbox/tell';
import { toResourceView } from './submit';
import { sitesChanged } from '../edge/public-paths-changed';

async function reload(id: string): Promise<ResourceView> {
  const found = await getResourceWithCounts(id);
  if (!found) throw new AccessDenied();
  return toResourceView(found.resource);
}

/** The teacher who uploaded the work hears of the decision in the inbox, with a link to it. */
function tellUploader(r: ResourceRecord, event: 'resource.published' | 'resource.returned' | 'resource.taken_down', reason: string, at: string): Promise<void> {
  return tell([r.uploaderId], {
    event, at, fromName: r.schoolName, key: `res-${r.id}-${event}-${at}`,
    vars: { title: r.title, reason: reason.slice(0, 200) }, link: `/w/resources/${r.id}`,
  });
}

/**
 * The school approves (published: counted against its quota and in the teacher's ranking, in
 * the same transaction) or returns it with a reason. Nobody decides on their own work.
 */
export async function reviewResource(actor: Actor, r: ResourceRecord, decision: 'approve' | 'return', reason: string, siteSlug?: string): Promise<ResourceView> {
  if (r.uploaderId === actor.accountId) throw new Conflict('resource.own_work');
  if (r.status !== 'pending') throw new Conflict('resource.already_decided');
  const at = new Date().toISOString();
  const to = decision === 'approve' ? 'published' : 'returned';
  await moveResource(r, 'pending', to, { at, by: actor.accountId, action: decision === 'approve' ? 'approved' : 'returned', reason: reason || null });
  // A work marked public appears on the school's site (its works list and page).
  if (to === 'published' && r.publicOnSite && siteSlug) await sitesChanged('resource-published', [siteSlug]);
  await tellUploader(r, to === 'published' ? 'resource.published' : 'resource.returned', reason, at);
  return reload(r.id);
}

/** An admin above the school takes a published work down, with a reason the teacher sees; its counts are taken back. */
export async function takeDownResource(actor: Actor, r: ResourceRecord, reason: string, siteSlug?: string): Promise<ResourceView> {
  if (r.status !== 'published') throw new Conflict('resource.not_published');
  const at = new Date().toISOString();
  await moveResource(r, 'published', 'taken_down', { at, by: actor.accountId, action: 'taken_down', reason });
  await tellUploader(r, 'resource.taken_down', reason, at);
  if (r.publicOnSite && siteSlug) await sitesChanged('resource-taken-down', [siteSlug]);
  return reload(r.id);
}
