import { MEMBER_SUMMARY_SIZE } from '@trellis/shared/members/member-types';
import type { MemberUnitsSummary, MemberView } from '@trellis/shared/members/schemas';
import { getMemberSummary, listMembers, putSummaryItem } from '../adapters/dynamodb/member/member-store';
import { transact, type GuardedItem } from '../adapters/dynamodb/table/transact';
import { Conflict } from '../errors';

type Summary = Omit<MemberUnitsSummary, 'version'>;
const entry = (m: MemberView) => ({ id: m.id, name: m.name, type: m.type, joinedAt: m.joinedAt ?? m.submittedAt });

/** A newly approved member joins last, so it only fills a free place in the first dozen. */
export function summaryAfterJoin(s: Summary, m: MemberView): Summary {
  const items = s.items.length < MEMBER_SUMMARY_SIZE ? [...s.items, entry(m)] : s.items;
  return { items, total: s.total + 1 };
}

export function summaryAfterEdit(s: Summary, m: MemberView): Summary {
  return { items: s.items.map((i) => (i.id === m.id ? entry(m) : i)), total: s.total };
}

/** An ended member leaves; its place is refilled from the approved list (oldest first). */
export async function summaryAfterEnd(orgId: string, s: Summary, m: MemberView): Promise<Summary> {
  const items = s.items.filter((i) => i.id !== m.id);
  const total = Math.max(0, s.total - 1);
  if (items.length >= Math.min(total, MEMBER_SUMMARY_SIZE)) return { items, total };
  const page = await listMembers(orgId, 'approved', '', undefined, MEMBER_SUMMARY_SIZE + 1);
  return { items: page.items.filter((i) => i.id !== m.id).slice(0, MEMBER_SUMMARY_SIZE).map(entry), total };
}

const MAX_ATTEMPTS = 5;

/**
 * Writes `build`'s items and the org's summary in ONE transaction, conditioned on the
 * summary's version; a concurrent change to another member of the org makes it re-read and retry.
 */
export async function transactWithSummary(
  orgId: string,
  build: (summary: Summary) => Promise<{ items: GuardedItem[]; summary: Summary | null }>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const read = await getMemberSummary(orgId);
    const { items, summary } = await build(read);
    try {
      await transact(summary ? [...items, putSummaryItem(orgId, read, summary)] : items);
      return;
    } catch (error) {
      if (!(error instanceof Conflict && error.code === 'member.summary_stale') || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
