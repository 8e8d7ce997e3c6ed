import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { SmsMessage, SmsPort } from './sms-port';
import { isTransientAwsError, SmsRetryLater } from './sms-retry-later';

/**
 * Sends SMS with SNS Publish to a phone number, as transactional messages. Throttling and
 * SNS's own faults (5xx) come out as SmsRetryLater; anything else is the message's failure.
 */
export function snsSms(client: SNSClient, senderId?: string): SmsPort {
  return {
    async send(message: SmsMessage) {
      const res = await client.send(
        new PublishCommand({
          PhoneNumber: message.to,
          Message: message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
            ...(senderId ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: senderId } } : {}),
          },
        }),
      ).catch((error: unknown) => {
        throw isTransientAwsError(error) ? new SmsRetryLater(error) : error;
      });
      return { messageId: res.MessageId ?? message.id };
    },
  };
}
