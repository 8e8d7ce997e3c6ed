import { publicMembersInput } from '@trellis/shared/members/schemas';
import { route } from '../../http/route';
import { publicMembers } from '../public-list';

export const handler = route('public.members', publicMembersInput, ({ input }) => publicMembers(input.slug, input.cursor));
