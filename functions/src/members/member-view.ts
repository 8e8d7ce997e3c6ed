import type { MemberRecord } from '@trellis/shared/members/member-record';
import type { MemberView } from '@trellis/shared/members/schemas';

/** What the org's admins see of a stored member unit: all but the org's path and slug. */
export function memberViewOf(m: MemberRecord): MemberView {
  const { orgPath: _p, orgSlug: _s, ...view } = m;
  return view;
}
