import { randomInt } from 'node:crypto';
import { counterNames, STATS_SHARDS } from '@trellis/shared/notices/stats';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import { getDelivery, markDelivery } from '../adapters/dynamodb/delivery/delivery-store';
import { markSystemMessageRead } from '../adapters/dynamodb/delivery/system-message-store';
import { AccessDenied, ValidationError } from '../errors';

/** The delivery as stored now (someone else marked it in between). */
async function reloaded(d: Delivery): Promise<Delivery> {
  const delivery = await getDelivery(d.accountId, d.noticeId);
  if (!delivery) throw new AccessDenied();
  return delivery;
}

/** Opening a notice marks it read, once; the read counters move atomically with it. */
export async function markRead(d: Delivery, now = new Date()): Promise<Delivery> {
  if (d.readAt) return d;
  const at = now.toISOString();
  if (d.kind === 'system') return (await markSystemMessageRead(d.accountId, d.noticeId, at)) ? { ...d, readAt: at } : reloaded(d);
  const counters = counterNames('read', d.orgPath, d.senderPath, d.roles);
  const marked = await markDelivery(d, 'readAt', at, counters, randomInt(STATS_SHARDS));
  return marked ? { ...d, readAt: at } : reloaded(d);
}

/** Confirming (where the notice asks for it) implies reading. */
export async function markConfirmed(delivery: Delivery, now = new Date()): Promise<Delivery> {
  const d = await markRead(delivery, now);
  if (!d.confirmBy) throw new ValidationError({ noticeId: ['notice.no_confirmation'] });
  if (d.confirmedAt) return d;
  const at = now.toISOString();
  const counters = counterNames('confirmed', d.orgPath, d.senderPath, d.roles);
  const marked = await markDelivery(d, 'confirmedAt', at, counters, randomInt(STATS_SHARDS));
  return marked ? { ...d, confirmedAt: at } : reloaded(d);
}
