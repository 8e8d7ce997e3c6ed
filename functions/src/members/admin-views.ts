import type { MemberStatus } from '@trellis/shared/members/member-types';
import type { MemberView } from '@trellis/shared/members/schemas';
import type { Page } from '@trellis/shared/orgs/org';
import { listMembers } from '../adapters/dynamodb/member/member-store';
import { memberOfOrg } from './decide';
import { memberViewOf } from './member-view';

/** One member unit of the org, as its admins see it (one of another org is answered 403). */
export async function orgMember(orgId: string, memberId: string): Promise<MemberView> {
  return memberViewOf(await memberOfOrg(orgId, memberId));
}

/** The org's member units in one status, with a search over name, code and number. */
export function orgMembers(orgId: string, status: MemberStatus, q: string, cursor?: string): Promise<Page<MemberView>> {
  return listMembers(orgId, status, q, cursor);
}
