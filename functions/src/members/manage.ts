import type { Actor } from '@trellis/shared/access/policy';
import type { MemberView, UpdateMemberInput } from '@trellis/shared/members/schemas';
import type { MemberRecord } from '@trellis/shared/members/member-record';
import { claimCodeItem, putMemberItem, releaseCodeItem } from '../adapters/dynamodb/member/member-store';
import { memberViewOf } from './member-view';
import { transact, type GuardedItem } from '../adapters/dynamodb/table/transact';
import { Conflict } from '../errors';
import { memberOfOrg } from './decide';
import { summaryAfterEdit, summaryAfterEnd, transactWithSummary } from './summary';
import { sitesChanged } from '../edge/public-paths-changed';

const versionConflict = () => new Conflict('conflict.version');

/**
 * The admin edits a member unit's information if nobody changed it since `expectedVersion`
 * (two edits of the same version: one 409). A new code moves the org's uniqueness guard.
 */
export async function updateMember(orgId: string, input: UpdateMemberInput, siteSlug?: string): Promise<MemberView> {
  const member = await memberOfOrg(orgId, input.memberId);
  if (member.status === 'rejected' || member.status === 'ended') throw new Conflict('member.not_active');
  if (member.version !== input.expectedVersion) throw versionConflict();
  const { orgId: _o, memberId: _m, expectedVersion: _v, ...fields } = input;
  const next: MemberRecord = { ...member, ...fields, version: member.version + 1 };
  const items: GuardedItem[] = [putMemberItem(next, { version: member.version }, versionConflict)];
  if (next.code !== member.code) items.push(releaseCodeItem(orgId, member.code), claimCodeItem(orgId, next.code, member.id));
  if (member.status === 'approved') {
    await transactWithSummary(orgId, async (summary) => ({ items, summary: summaryAfterEdit(summary, next) }));
    await sitesChanged('member-changed', siteSlug ? [siteSlug] : []);
  } else {
    await transact(items);
  }
  return memberViewOf(next);
}

/** Ends a membership with a reason: it leaves the public page (invalidated at the edge) and the summary; the code is free again. */
export async function endMember(actor: Actor, orgId: string, memberId: string, reason: string, now = new Date(), siteSlug?: string): Promise<MemberView> {
  const member = await memberOfOrg(orgId, memberId);
  if (member.status !== 'approved') throw new Conflict('member.not_active');
  const next: MemberRecord = {
    ...member, status: 'ended', endedAt: now.toISOString(), endedBy: actor.accountId, endReason: reason, version: member.version + 1,
  };
  const items = [
    putMemberItem(next, { version: member.version, status: 'approved' }, () => new Conflict('member.not_active')),
    releaseCodeItem(orgId, member.code),
  ];
  await transactWithSummary(orgId, async (summary) => ({ items, summary: await summaryAfterEnd(orgId, summary, next) }));
  await sitesChanged('member-ended', siteSlug ? [siteSlug] : []);
  return memberViewOf(next);
}
