import type { Org } from '@trellis/shared/org/org';
import { createResourceInput } from '@trellis/shared/resources/schemas';
import { AuthRequired } from '../../errors';
import { route, Status } from '../../http/route';
import { submitResource } from '../submit';

export const handler = route('resources.create', createResourceInput, async ({ input, target, actor, state }) => {
  if (!state.auth) throw new AuthRequired();
  return new Status(201, await submitResource(actor(), state.auth.account, target<Org>().record, input));
});
