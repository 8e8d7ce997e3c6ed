import { smsPreferencesInput } from '@trellis/shared/account/schemas';
import { AuthRequired } from '../../errors';
import { route } from '../../http/route';
import { setSmsOptOut } from '../phone-binding';

export const handler = route('me.smsPreferences', smsPreferencesInput, async ({ input, state }) => {
  if (!state.auth) throw new AuthRequired();
  return setSmsOptOut(state.auth.account, input.optOut);
});
