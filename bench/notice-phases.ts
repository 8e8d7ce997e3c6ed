import { randomUUID } from 'node:crypto';
import type { Actor } from '@trellis/shared/access/policy';
import type { NoticeStats, NoticeView } from '@trellis/shared/notices/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import { getNotice, getNoticeWithStats } from '../functions/src/adapters/dynamodb/notice/notice-store';
import { getDelivery } from '../functions/src/adapters/dynamodb/delivery/delivery-store';
import { markRead } from '../functions/src/inbox/mark';
import { composeNotice } from '../functions/src/notices/compose';
import type { ReminderResult } from '@trellis/shared/notices/responses';
import { remindUnread } from '../functions/src/notices/remind';
import { runBounded } from './bounded-pool';
import { measureCall, type CallSample } from './call-meter';
import { callRoute, expectStatus, loginToken } from './route-call';
import { summarize, type Summary } from './sample-stats';
import type { Recipient, RecipientTree } from './seed-recipients';

/** One measured step of the benchmark: wall time and the DynamoDB requests it made. */
export interface Step {
  id: string;
  label: string;
  seconds: number;
  requests: number;
  writeRequests: number;
  byCommand: Record<string, number>;
  capacityUnits: number;
  /** Requests of other in-process work (stream worker, job runner) seen during the step, not counted. */
  background: number;
  /** Requests of the step that failed (retried transactions). */
  failed: number;
}

const WRITE_COMMANDS = ['BatchWriteItemCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand'];

export function writeRequests(byCommand: Record<string, number>): number {
  return WRITE_COMMANDS.reduce((sum, c) => sum + (byCommand[c] ?? 0), 0);
}

export function stepOf(id: string, label: string, s: CallSample): Step {
  return {
    id, label, seconds: s.ms / 1000, requests: s.requests, writeRequests: writeRequests(s.byCommand), byCommand: s.byCommand,
    capacityUnits: s.capacityUnits, background: s.background, failed: s.failed,
  };
}

/** Publishes one notice to the whole city subtree, now, without SMS; the fan-out runs inside the call. */
export async function publishToSubtree(actor: Actor, sender: Org, tree: RecipientTree): Promise<{ notice: NoticeView; step: Step }> {
  let notice: NoticeView | undefined;
  const sample = await measureCall(async () => {
    notice = await composeNotice(actor, sender, {
      orgId: sender.id,
      title: '关于开展2026年职业教育活动周的通知',
      bodyHtml: '<p>各会员单位：</p><p>请按附件要求组织本单位师生参加职业教育活动周，并于月底前报送总结。</p>',
      attachments: [],
      sendSms: false,
      targets: { subtrees: [tree.city.id], orgs: [], orgTypes: [], roles: [], people: [] },
      requestId: randomUUID(),
    });
  });
  if (!notice) throw new Error('composeNotice returned nothing');
  if (notice.status !== 'published') throw new Error(`notice not published: ${notice.status}`);
  return { notice, step: stepOf('fanout', `publish to ${tree.people.length.toLocaleString('en-US')} recipients (composeNotice)`, sample) };
}

/** Marks the readers' deliveries read, `concurrency` at a time; a transaction that loses every retry is tried again. */
export async function markReaders(readers: Recipient[], noticeId: string, concurrency: number): Promise<{ step: Step; retried: number }> {
  let retried = 0;
  const sample = await measureCall(() =>
    runBounded(readers, concurrency, async (person) => {
      for (let attempt = 1; ; attempt++) {
        try {
          // The delivery read is what the route's `own` access does before the handler marks it.
          await markRead((await getDelivery(person.id, noticeId))!);
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
          retried += 1;
        }
      }
    }),
  );
  const label = `mark ${readers.length.toLocaleString('en-US')} read (markRead, ${concurrency} in flight)`;
  return { step: stepOf('markRead', label, sample), retried };
}

export interface StatsResult {
  viaRoute: Summary;
  direct: Summary;
  stats: NoticeStats;
}

/** The sender's statistics page: `notices.get` as sd.admin, and its data access alone. */
export async function statsPage(noticeId: string, admin: string, iterations: number): Promise<StatsResult> {
  const token = await loginToken(admin);
  let stats: NoticeStats | undefined;
  const viaRoute = async () => {
    const res = await callRoute('notices.get', { token, params: { noticeId } });
    stats = expectStatus<{ stats: NoticeStats }>(res, 200, 'notices.get').stats;
  };
  const direct = async () => {
    if (!(await getNoticeWithStats(noticeId))) throw new Error(`notice ${noticeId} not found`);
  };
  await viaRoute();
  await direct();
  const routeSamples: CallSample[] = [];
  const directSamples: CallSample[] = [];
  for (let i = 0; i < iterations; i++) {
    routeSamples.push(await measureCall(viaRoute));
    directSamples.push(await measureCall(direct));
  }
  if (!stats) throw new Error('no statistics');
  return { viaRoute: summarize(routeSamples), direct: summarize(directSamples), stats };
}

/** "Remind all unread by SMS" for the notice: one outbox item per unread recipient with a verified phone. */
export async function remindAll(noticeId: string): Promise<{ step: Step; result: ReminderResult; requestId: string; startedIso: string; endedAt: number }> {
  const record = await getNotice(noticeId);
  if (!record) throw new Error(`notice ${noticeId} not found`);
  const requestId = randomUUID();
  const startedIso = new Date().toISOString();
  let result: ReminderResult | undefined;
  const sample = await measureCall(async () => {
    result = await remindUnread(record, requestId);
  });
  const endedAt = Date.now();
  if (!result) throw new Error('remindUnread returned nothing');
  return { step: stepOf('remind', `remind ${result.unread.toLocaleString('en-US')} unread (remindUnread)`, sample), result, requestId, startedIso, endedAt };
}
