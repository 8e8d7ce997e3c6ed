import { takeSendAllowance } from '../adapters/dynamodb/throttle/send-throttle';
import { config } from '../config';

/** The platform-wide counter of code SMS (reset and binding codes together), per minute. */
const PLATFORM_WINDOW_MS = 60_000;
const PLATFORM_SUBJECT = 'platform:codes';

/**
 * Takes one code SMS from the platform's allowance per minute (SMS_CODES_PER_MINUTE), by the
 * same atomic conditional counter as the per-number, per-IP and per-account limits: a pumping
 * attack spread over many numbers and addresses still stops there.
 */
export function takePlatformCodeSms(now: number, max = config().SMS_CODES_PER_MINUTE): Promise<boolean> {
  return takeSendAllowance([{ kind: 'sms', value: PLATFORM_SUBJECT, max }], PLATFORM_WINDOW_MS, now);
}
