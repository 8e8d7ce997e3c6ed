import { claimOutbox, finishOutbox, type OutboxMessage } from '../adapters/dynamodb/outbox-store';
import type { SmsPort } from '../adapters/sms/sms-port';

/**
 * Sends one outbox message at most once: the conditional claim (pending -> sending) means
 * a second run or a retried batch skips a message already claimed or sent.
 */
export async function sendOutboxMessage(sms: SmsPort, msg: OutboxMessage): Promise<'sent' | 'skipped' | 'failed'> {
  if (!(await claimOutbox(msg.id, new Date().toISOString()))) return 'skipped';
  try {
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
