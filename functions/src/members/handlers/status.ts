import { membersRoutes } from '@trellis/shared/members/routes';
import { type MemberPublicStatus } from '@trellis/shared/members/schemas';
import { getMember } from '../../adapters/dynamodb/member/member-store';
import { NotFound } from '../../errors';
import { route } from '../../access/route';

/** The applicant's status page: the number is the (unguessable) capability; no contact details. */
export const handler = route(membersRoutes.status, async ({ input }) => {
  const m = await getMember(input.number.toLowerCase());
  if (!m) throw new NotFound('member.not_found');
  const view: MemberPublicStatus = {
    number: m.number, name: m.name, orgName: m.orgName, orgSlug: m.orgSlug, status: m.status, submittedAt: m.submittedAt,
    decidedAt: m.decidedAt, reason: m.status === 'rejected' ? m.reason : null,
  };
  return view;
});
