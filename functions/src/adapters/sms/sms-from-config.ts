import { SNSClient } from '@aws-sdk/client-sns';
import { config } from '../../config';
import { sinkSms } from './sink-sms';
import { snsSms } from './sns-sms';
import type { SmsPort } from './sms-port';

let port: SmsPort | undefined;

/** The SMS adapter for this environment, created once per container. */
export function smsFromConfig(): SmsPort {
  if (port) return port;
  const cfg = config();
  port = cfg.SMS_MODE === 'sink' ? sinkSms : snsSms(new SNSClient({ region: cfg.AWS_REGION }));
  return port;
}
