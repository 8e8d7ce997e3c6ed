import type { Actor } from '@trellis/shared/access/policy';
import type { ResourceView } from '@trellis/shared/resources/schemas';
import { getResourceWithCounts, moveResource, type ResourceRecord } from '../adapters/dynamodb/resource-store';
import { pathIds } from '@trellis/shared/org/path';
import { bumpContribution } from '../adapters/dynamodb/contribution-store';
import { AccessDenied, Conflict } from '../errors';
import { toResourceView } from './submit';

async function reload(id: string): Promise<ResourceView> {
  const found = await getResourceWithCounts(id);
  if (!found) throw new AccessDenied();
  return toResourceView(found.resource);
}

/** The school approves (published, counted against its quota) or returns it with a reason. */
export async function reviewResource(actor: Actor, r: ResourceRecord, decision: 'approve' | 'return', reason: string): Promise<ResourceView> {
  if (r.status !== 'pending') throw new Conflict('resource.already_decided');
  const at = new Date().toISOString();
  const to = decision === 'approve' ? 'published' : 'returned';
  await moveResource(r, 'pending', to, { at, by: actor.accountId, action: decision === 'approve' ? 'approved' : 'returned', reason: reason || null });
  if (to === 'published') {
    // Ranked nationally and in the province (the first two orgs on the school's path).
    for (const scope of pathIds(r.schoolPath).slice(0, 2)) {
      await bumpContribution(scope, { accountId: r.uploaderId, name: r.uploaderName, schoolName: r.schoolName });
    }
  }
  return reload(r.id);
}

/** An admin above the school takes a published work down, with a reason the teacher sees. */
export async function takeDownResource(actor: Actor, r: ResourceRecord, reason: string): Promise<ResourceView> {
  if (r.status !== 'published') throw new Conflict('resource.not_published');
  await moveResource(r, 'published', 'taken_down', { at: new Date().toISOString(), by: actor.accountId, action: 'taken_down', reason });
  return reload(r.id);
}
