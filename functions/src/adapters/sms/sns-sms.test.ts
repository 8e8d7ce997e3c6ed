import { InternalErrorException, InvalidParameterException, PublishCommand, SNSClient, ThrottledException } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { snsSms } from './sns-sms';
import { SmsRetryLater } from './sms-retry-later';

describe('SNS SMS adapter', () => {
  it('publishes to the E.164 number as a transactional SMS', async () => {
    const sns = mockClient(SNSClient);
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const port = snsSms(new SNSClient({ region: 'cn-north-1' }));
    const result = await port.send({ id: 'sms-1', to: '+8613800000000', text: '【职教学会】测试' });
    expect(result).toEqual({ messageId: 'm-1' });
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input).toEqual({
      PhoneNumber: '+8613800000000',
      Message: '【职教学会】测试',
      MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
    });
    sns.restore();
  });

  it('reports throttling and SNS faults as retry-later, and a refused message as its own failure', async () => {
    const sns = mockClient(SNSClient);
    const port = snsSms(new SNSClient({ region: 'cn-north-1' }));
    const msg = { id: 'sms-2', to: '+8613800000000', text: 'x' };
    sns.on(PublishCommand).rejectsOnce(new ThrottledException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } }))
      .rejectsOnce(new InternalErrorException({ message: 'boom', $metadata: { httpStatusCode: 500 } }))
      .rejectsOnce(new InvalidParameterException({ message: 'bad number', $metadata: { httpStatusCode: 400 } }));
    await expect(port.send(msg)).rejects.toBeInstanceOf(SmsRetryLater);
    await expect(port.send(msg)).rejects.toBeInstanceOf(SmsRetryLater);
    await expect(port.send(msg)).rejects.toBeInstanceOf(InvalidParameterException);
    sns.restore();
  });
});
