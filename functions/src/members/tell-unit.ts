import type { MemberRecord } from '@trellis/shared/members/member-record';
import { findOrgIdByCode } from '../adapters/dynamodb/org/org-store';
import { tellAdmins } from '../inbox/tell';

/**
 * A member application is public (no account), so its applicant follows it on the status page.
 * When the unit is itself an org on the platform (same unified social credit code), its admins
 * also hear of the decision in their inbox.
 */
export async function tellRegisteredUnit(m: MemberRecord): Promise<void> {
  if (m.status !== 'approved' && m.status !== 'rejected') return;
  const unitOrgId = await findOrgIdByCode(m.code).catch(() => null);
  if (!unitOrgId) return;
  await tellAdmins(unitOrgId, {
    event: m.status === 'approved' ? 'member.approved' : 'member.rejected', at: m.decidedAt ?? new Date().toISOString(),
    fromName: m.orgName, key: `mem-${m.id}-v${m.version}`,
    vars: { org: m.orgName, name: m.name, reason: (m.reason ?? '').slice(0, 200) },
    link: `/w/orgs/${unitOrgId}`,
  });
}
