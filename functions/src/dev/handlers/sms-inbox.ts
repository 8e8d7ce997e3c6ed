import { devRoutes } from '@trellis/shared/dev/routes';
import { listSinkMessages } from '../../adapters/dynamodb/sms-sink/sms-sink-store';
import { config } from '../../config';
import { NotFound } from '../../errors';
import { route } from '../../access/route';

/** Local stack only: what the SMS sink would have sent. */
export const handler = route(devRoutes.sms, async () => {
  if (config().SMS_MODE !== 'sink') throw new NotFound();
  return { items: await listSinkMessages() };
});
