import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { SmsMessage, SmsPort } from './sms-port';

/** Sends SMS with SNS Publish to a phone number, as transactional messages. */
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
      );
      return { messageId: res.MessageId ?? message.id };
    },
  };
}
