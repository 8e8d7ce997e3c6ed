/**
 * The SMS provider did not take the message but may later (throttled, or its own fault):
 * the outbox worker releases its claim and lets the stream retry the record, instead of
 * recording the message as failed for good.
 */
export class SmsRetryLater extends Error {
  constructor(cause: unknown) {
    super(`sms.retry_later: ${String(cause)}`, { cause });
    this.name = 'SmsRetryLater';
  }
}

const THROTTLING = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException',
  'RequestLimitExceeded', 'KMSThrottlingException', 'ServiceUnavailable', 'InternalError', 'InternalErrorException',
]);

/** An AWS SDK error that is throttling or a 5xx (or 429) from the service. */
export function isTransientAwsError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = error as Error & { $fault?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  const status = meta.$metadata?.httpStatusCode ?? 0;
  return THROTTLING.has(error.name) || meta.$fault === 'server' || Boolean(meta.$retryable) || status === 429 || status >= 500;
}
