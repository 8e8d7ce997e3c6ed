import { claimOutbox, finishOutbox, releaseOutbox, type OutboxMessage } from '../adapters/dynamodb/outbox/outbox-store';
import type { SmsPort } from '../adapters/sms/sms-port';
import { SmsRetryLater } from '../adapters/sms/sms-retry-later';

/**
 * How long a claim lasts when the caller names no deadline: the outbox worker's timeout
 * (infra/lib/notify.ts WORKER_TIMEOUT, 30 s) plus a margin for clocks. A worker that dies
 * holding a claim (timeout, crash) leaves it to the retry once this has passed.
 */
export const CLAIM_LEASE_MS = 32_000;

export interface SendPolicy {
  /** Takes one message from the sending org's daily budget; false when spent. */
  budget?: (orgId: string) => Promise<boolean>;
  /** Gives a taken message back to the org's budget (the provider did not accept it). */
  refund?: (orgId: string) => Promise<void>;
  /** Waits for the next send slot (messages per second). */
  pace?: () => Promise<void>;
  /** When this run's claim runs out (epoch ms): the worker's own deadline. */
  leaseUntil?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the send; the SMS went out, so a failure here is logged, never retried (no resend). */
async function recordSent(id: string, messageId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await finishOutbox(id, { status: 'sent', messageId });
    } catch (error) {
      if (attempt >= 2) return console.error(JSON.stringify({ level: 'error', worker: 'outbox', id, unrecorded: String(error) }));
      await sleep(100 * 2 ** attempt);
    }
  }
}

/**
 * Sends one outbox message once. The conditional claim (pending -> sending, with a lease)
 * keeps a concurrent duplicate run from sending it too; a claim whose lease ran out (the
 * worker died) may be taken again. When something fails before the provider accepts the
 * message (budget store, pacing, provider throttling or 5xx) the claim is released, the
 * budget refunded and the error thrown, so the stream retries the record. An org over its
 * daily budget, or a message the provider refuses, is recorded as failed with the reason.
 */
export async function sendOutboxMessage(sms: SmsPort, msg: OutboxMessage, policy: SendPolicy = {}): Promise<'sent' | 'skipped' | 'failed'> {
  const now = Date.now();
  const lease = iso(policy.leaseUntil?.() ?? now + CLAIM_LEASE_MS);
  if (!(await claimOutbox(msg.id, iso(now), lease, iso(now - CLAIM_LEASE_MS)))) return 'skipped';
  let charged = false;
  try {
    if (msg.orgId && policy.budget) {
      if (!(await policy.budget(msg.orgId))) {
        await finishOutbox(msg.id, { status: 'failed', reason: 'budget.exhausted' });
        return 'failed';
      }
      charged = true;
    }
    await policy.pace?.();
    const sent = await sms.send({ id: msg.id, to: msg.to, text: msg.text }).catch(async (error: unknown) => {
      if (error instanceof SmsRetryLater) throw error;
      await refund(msg, policy, charged);
      charged = false;
      await finishOutbox(msg.id, { status: 'failed', reason: String(error).slice(0, 300) });
      return null;
    });
    if (!sent) return 'failed';
    charged = false;
    await recordSent(msg.id, sent.messageId);
    return 'sent';
  } catch (error) {
    await releaseOutbox(msg.id, lease).catch(() => false);
    await refund(msg, policy, charged);
    throw error;
  }
}

async function refund(msg: OutboxMessage, policy: SendPolicy, charged: boolean): Promise<void> {
  if (!charged || !msg.orgId || !policy.refund) return;
  await policy.refund(msg.orgId).catch((error: unknown) =>
    console.error(JSON.stringify({ level: 'error', worker: 'outbox', id: msg.id, refund: String(error) })),
  );
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
