import { smsResetInput } from '@trellis/shared/account/schemas';
import { route, Status } from '../../http/route';
import { resetWithCode } from '../sms-reset';

export const handler = route('auth.smsReset', smsResetInput, async ({ input }) => {
  await resetWithCode(input.phone, input.code, input.next);
  return new Status<never>(204);
});
