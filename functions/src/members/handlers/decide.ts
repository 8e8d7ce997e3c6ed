import { decideMemberInput } from '@trellis/shared/members/schemas';
import { route } from '../../http/route';
import { decideMember } from '../decide';

export const handler = route('members.decide', decideMemberInput, ({ input, actor }) => decideMember(actor(), input.orgId, input));
