import { listMembersInput } from '@trellis/shared/members/schemas';
import { listMembers } from '../../adapters/dynamodb/member-store';
import { route } from '../../http/route';

/** The admin's list of the org's member units by status, with a search over name, code and number. */
export const handler = route('members.list', listMembersInput, ({ input }) =>
  listMembers(input.orgId, input.status, input.q, input.cursor),
);
