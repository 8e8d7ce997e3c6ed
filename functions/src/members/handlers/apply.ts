import { memberApplyInput } from '@trellis/shared/members/schemas';
import { route, Status } from '../../http/route';
import { applyForMembership } from '../apply';

export const handler = route('public.memberApply', memberApplyInput, async ({ input, state }) =>
  new Status(201, await applyForMembership(input, state.clientIp)),
);
