import { updateMemberInput } from '@trellis/shared/members/schemas';
import { route } from '../../http/route';
import { updateMember } from '../manage';

export const handler = route('members.update', updateMemberInput, ({ input }) => updateMember(input.orgId, input));
