import type { MemberPublicStatus } from '@trellis/shared/members/schemas';
import { getMember } from '../adapters/dynamodb/member/member-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { NotFound } from '../errors';

/** The applicant's status page: the number is the (unguessable) capability; no contact details. */
export async function memberStatus(number: string): Promise<MemberPublicStatus> {
  const m = await getMember(number.toLowerCase());
  if (!m) throw new NotFound('member.not_found');
  // The org's current site address: it may have moved since the application (sites.changeAddress).
  const orgSlug = (await getOrgs([m.orgId])).get(m.orgId)?.slug ?? m.orgSlug;
  return {
    number: m.number, name: m.name, orgName: m.orgName, orgSlug, status: m.status, submittedAt: m.submittedAt,
    decidedAt: m.decidedAt, reason: m.status === 'rejected' ? m.reason : null,
  };
}
