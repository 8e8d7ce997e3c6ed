import { endMemberInput } from '@trellis/shared/members/schemas';
import { route } from '../../http/route';
import { endMember } from '../manage';

export const handler = route('members.end', endMemberInput, ({ input, actor }) => endMember(actor(), input.orgId, input.memberId, input.reason));
