/** The SMS port: the outbox worker sends through it; SNS in AWS, the sink locally. */
export interface SmsMessage {
  /** Idempotency key: the outbox item id. */
  id: string;
  /** E.164 number, e.g. +8613800000000. */
  to: string;
  text: string;
}

export interface SmsPort {
  send(message: SmsMessage): Promise<{ messageId: string }>;
}
