import { randomInt } from 'node:crypto';
import { counterNames, STATS_SHARDS } from '@trellis/shared/notices/stats';
import type { Delivery } from '@trellis/shared/inbox/delivery';
import { getDelivery, markDelivery } from '../adapters/dynamodb/delivery/delivery-store';
import { AccessDenied, ValidationError } from '../errors';

async function ownDelivery(accountId: string, noticeId: string): Promise<Delivery> {
  const delivery = await getDelivery(accountId, noticeId);
  if (!delivery) throw new AccessDenied();
  return delivery;
}

/** Opening a notice marks it read, once; the read counters move atomically with it. */
export async function markRead(accountId: string, noticeId: string, now = new Date()): Promise<Delivery> {
  const d = await ownDelivery(accountId, noticeId);
  if (d.readAt) return d;
  const at = now.toISOString();
  const counters = counterNames('read', d.orgPath, d.senderPath, d.roles);
  const marked = await markDelivery(d, 'readAt', at, counters, randomInt(STATS_SHARDS));
  return marked ? { ...d, readAt: at } : ownDelivery(accountId, noticeId);
}

/** Confirming (where the notice asks for it) implies reading. */
export async function markConfirmed(accountId: string, noticeId: string, now = new Date()): Promise<Delivery> {
  const d = await markRead(accountId, noticeId, now);
  if (!d.confirmBy) throw new ValidationError({ noticeId: ['notice.no_confirmation'] });
  if (d.confirmedAt) return d;
  const at = now.toISOString();
  const counters = counterNames('confirmed', d.orgPath, d.senderPath, d.roles);
  const marked = await markDelivery(d, 'confirmedAt', at, counters, randomInt(STATS_SHARDS));
  return marked ? { ...d, confirmedAt: at } : ownDelivery(accountId, noticeId);
}
