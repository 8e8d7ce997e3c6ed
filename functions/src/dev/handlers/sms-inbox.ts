import { z } from 'zod';
import { listSinkMessages } from '../../adapters/dynamodb/sms-sink-store';
import { config } from '../../config';
import { NotFound } from '../../errors';
import { route } from '../../http/route';

/** Local stack only: what the SMS sink would have sent. */
export const handler = route('dev.sms', z.object({}), async () => {
  if (config().SMS_MODE !== 'sink') throw new NotFound();
  return { items: await listSinkMessages() };
});
