import { memberParams } from '@trellis/shared/members/schemas';
import { toMemberView } from '../../adapters/dynamodb/member-store';
import { route } from '../../http/route';
import { memberOfOrg } from '../decide';

export const handler = route('members.get', memberParams, async ({ input }) =>
  toMemberView((await memberOfOrg(input.orgId, input.memberId)) as unknown as Record<string, unknown>),
);
