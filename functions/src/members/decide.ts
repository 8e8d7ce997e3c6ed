import type { Actor } from '@trellis/shared/access/policy';
import type { DecideMemberInput, MemberView } from '@trellis/shared/members/schemas';
import type { MemberRecord } from '@trellis/shared/members/member-record';
import { getMember, putMemberItem, releaseCodeItem } from '../adapters/dynamodb/member/member-store';
import { memberViewOf } from './member-view';
import { transact } from '../adapters/dynamodb/table/transact';
import { AccessDenied, Conflict } from '../errors';
import { summaryAfterJoin, transactWithSummary } from './summary';
import { sitesChanged } from '../edge/public-paths-changed';
import { tellRegisteredUnit } from './tell-unit';
import { todoDelta } from '../adapters/dynamodb/todo/todo-counter-store';

/** The member unit of `orgId`; one of another org is answered like a missing one. */
export async function memberOfOrg(orgId: string, memberId: string): Promise<MemberRecord> {
  const member = await getMember(memberId);
  if (!member || member.orgId !== orgId) throw new AccessDenied();
  return member;
}

const alreadyDecided = () => new Conflict('member.already_decided');

/**
 * Approves or rejects a pending application. Of two admins deciding at once exactly one
 * wins (the write is conditioned on `pending` and the version read); the other gets 409.
 * Approval adds the unit to the org's summary in the same transaction; the org's site (member
 * page, home) is invalidated at the edge when `siteSlug` is given.
 */
export async function decideMember(actor: Actor, orgId: string, input: DecideMemberInput, now = new Date(), siteSlug?: string): Promise<MemberView> {
  const member = await memberOfOrg(orgId, input.memberId);
  if (member.status !== 'pending') throw alreadyDecided();
  const at = now.toISOString();
  const decided: MemberRecord = {
    ...member, decidedAt: at, decidedBy: actor.accountId, reason: input.reason || null, version: member.version + 1,
    status: input.decision === 'approve' ? 'approved' : 'rejected', joinedAt: input.decision === 'approve' ? at : null,
  };
  const write = putMemberItem(decided, { version: member.version, status: 'pending' }, alreadyDecided);
  if (input.decision === 'reject') {
    await transact([write, releaseCodeItem(orgId, member.code), ...todoDelta([orgId], 'members', -1)]);
  } else {
    await transactWithSummary(orgId, async (summary) => ({ items: [write, ...todoDelta([orgId], 'members', -1)], summary: summaryAfterJoin(summary, decided) }));
    await sitesChanged('member-approved', siteSlug ? [siteSlug] : []);
  }
  await tellRegisteredUnit(decided);
  return memberViewOf(decided);
}
