import { putSinkMessage } from '../dynamodb/sms-sink/sms-sink-store';
import type { SmsMessage, SmsPort } from './sms-port';

/** Local stack: records each message for the dev inbox page instead of sending it. */
export const sinkSms: SmsPort = {
  async send(message: SmsMessage) {
    await putSinkMessage({ ...message, status: 'delivered', createdAt: new Date().toISOString() });
    return { messageId: `sink-${message.id}` };
  },
};
