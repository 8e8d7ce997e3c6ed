import type { SinkMessage } from '@trellis/shared/dev/sink-message';
import { listSinkMessages } from '../adapters/dynamodb/sms-sink/sms-sink-store';
import { config } from '../config';
import { NotFound } from '../errors';

/** What the local SMS sink "sent", newest first; 404 unless SMS go to the sink. */
export async function sinkInbox(): Promise<{ items: SinkMessage[] }> {
  if (config().SMS_MODE !== 'sink') throw new NotFound();
  return { items: await listSinkMessages() };
}
