import { claimOutbox, finishOutbox, type OutboxMessage } from '../adapters/dynamodb/outbox-store';
import type { SmsPort } from '../adapters/sms/sms-port';

export interface SendPolicy {
  /** Takes one message from the sending org's daily budget; false when spent. */
  budget?: (orgId: string) => Promise<boolean>;
  /** Waits for the next send slot (messages per second). */
  pace?: () => Promise<void>;
}

/**
 * Sends one outbox message at most once: the conditional claim (pending -> sending) means
 * a second run or a retried batch skips a message already claimed or sent. An org over its
 * daily budget gets the message recorded as failed with the reason, not sent.
 */
export async function sendOutboxMessage(sms: SmsPort, msg: OutboxMessage, policy: SendPolicy = {}): Promise<'sent' | 'skipped' | 'failed'> {
  if (!(await claimOutbox(msg.id, new Date().toISOString()))) return 'skipped';
  if (msg.orgId && policy.budget && !(await policy.budget(msg.orgId))) {
    await finishOutbox(msg.id, { status: 'failed', reason: 'budget.exhausted' });
    return 'failed';
  }
  try {
    await policy.pace?.();
    const { messageId } = await sms.send({ id: msg.id, to: msg.to, text: msg.text });
    await finishOutbox(msg.id, { status: 'sent', messageId });
    return 'sent';
  } catch (error) {
    await finishOutbox(msg.id, { status: 'failed', reason: String(error).slice(0, 300) });
    return 'failed';
  }
}

/** Runs `work` over `items` with at most `limit` in flight (SMS throughput is per account). */
export async function withConcurrency<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}
