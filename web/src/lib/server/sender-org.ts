import { error } from '@sveltejs/kit';
import type { SessionView } from '@trellis/shared/accounts/schemas';
import { can } from '#lib/access/actor.ts';
import { api } from './api';
import type { OrgWithAncestors } from '@trellis/shared/orgs/views';
import { raise } from './raise';

/** The org whose notices a page manages; 403 unless the session may send notices for it. */
export async function loadSenderOrg(session: SessionView | null, orgId: string): Promise<OrgWithAncestors> {
  const org = await api('orgs.get', { params: { orgId } });
  if (!org.ok) raise(org);
  if (!can(session, 'notice.send', { id: org.data.id, path: org.data.path, status: org.data.status })) {
    error(403, 'Forbidden', { code: 'access.denied' });
  }
  return org.data;
}
