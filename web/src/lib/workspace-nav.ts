import type { Action } from '@trellis/shared/access/roles';
import type { TodoSummary } from '@trellis/shared/todo/schemas';
import type { SessionView } from '@trellis/shared/accounts/schemas';
import { membershipsAllowing } from '#lib/access/actor.ts';
import type { MessageKey } from '#lib/i18n/translate.ts';

/** One entry of the workspace navigation: where, its label, and what waits there. */
export interface NavEntry {
  href: string;
  label: MessageKey;
  testid: string;
  badge: number;
}
export interface NavGroup {
  label: MessageKey;
  entries: NavEntry[];
}

type Counts = Pick<TodoSummary['orgs'][number], 'applications' | 'members' | 'siteItems' | 'resources' | 'reportsToReview' | 'reportsDue'>;

/**
 * Sums one to-do count over my orgs: from the whole 待办 on the home page, else from the
 * counters the session carries (`waiting`; report counts only on the home page).
 */
const total = (session: SessionView, todo: TodoSummary | null, pick: (o: Counts) => number | undefined) =>
  (todo?.orgs ?? session.memberships.map((m) => m.waiting ?? {})).reduce((n: number, o: Counts) => n + (pick(o) ?? 0), 0);

/**
 * The workspace navigation, grouped, with only what the account may do as the one policy
 * decides (an entry needs the action at one of its orgs; the API checks again), each with the
 * count of what waits there.
 */
export function workspaceNav(session: SessionView, todo: TodoSummary | null, unread: number): NavGroup[] {
  const may = (action: Action) => membershipsAllowing(session, action).length > 0;
  const entry = (href: string, label: MessageKey, testid: string, badge = 0): NavEntry => ({ href, label, testid, badge });
  const groups: NavGroup[] = [
    { label: 'ws.group.mine', entries: [
      entry('/w', 'ws.todo', 'nav-home'),
      entry('/w/notices', 'ws.notices', 'nav-notices', unread),
      ...(may('upload.create') ? [entry('/w/uploads', 'ws.uploads', 'nav-uploads')] : []),
    ] },
    { label: 'ws.group.work', entries: [
      entry('/w/resources', 'ws.resources', 'nav-resources', total(session, todo, (o) => o.resources)),
      ...(may('siteItem.write') ? [entry('/w/site-items', 'ws.siteItems', 'nav-site-items', total(session, todo, (o) => o.siteItems))] : []),
      ...(may('report.read') ? [entry('/w/reports', 'ws.reports', 'nav-reports', total(session, todo, (o) => (o.reportsToReview ?? 0) + (o.reportsDue?.length ?? 0)))] : []),
    ] },
    { label: 'ws.group.manage', entries: [
      ...(may('application.decide') ? [entry('/w/approvals', 'ws.approvals', 'nav-approvals', total(session, todo, (o) => o.applications))] : []),
      ...(may('member.manage') ? [entry('/w/members', 'ws.members', 'nav-members', total(session, todo, (o) => o.members))] : []),
    ] },
    { label: 'ws.group.account', entries: [entry('/w/account', 'ws.account', 'nav-account'), entry('/password', 'ws.changePassword', 'nav-password')] },
  ];
  return groups.filter((g) => g.entries.length > 0);
}
