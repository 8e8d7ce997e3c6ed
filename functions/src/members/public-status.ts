import type { MemberPublicStatus } from '@trellis/shared/members/schemas';
import { getMember } from '../adapters/dynamodb/member/member-store';
import { NotFound } from '../errors';

/** The applicant's status page: the number is the (unguessable) capability; no contact details. */
export async function memberStatus(number: string): Promise<MemberPublicStatus> {
  const m = await getMember(number.toLowerCase());
  if (!m) throw new NotFound('member.not_found');
  return {
    number: m.number, name: m.name, orgName: m.orgName, orgSlug: m.orgSlug, status: m.status, submittedAt: m.submittedAt,
    decidedAt: m.decidedAt, reason: m.status === 'rejected' ? m.reason : null,
  };
}
