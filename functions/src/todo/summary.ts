import type { Actor } from '@trellis/shared/access/policy';
import { roleGrants, type Action, type Role } from '@trellis/shared/access/roles';
import { keys } from '@trellis/shared/data/keys';
import { reportingKeys } from '@trellis/shared/data/keys-reporting';
import { depthOf } from '@trellis/shared/orgs/path';
import { roundConcerns, type ReportRound } from '@trellis/shared/reporting/rounds';
import { TOTALS_SHARDS } from '@trellis/shared/reporting/totals';
import type { OrgTodo, TodoSummary } from '@trellis/shared/todo/schemas';
import { listInbox, listUnread } from '../adapters/dynamodb/delivery/delivery-store';
import { getMany, keyId } from '../adapters/dynamodb/table/get-many';
import { inboxItemOf } from '../inbox/inbox-page';
import { openRoundsNow } from '../reporting/open-rounds';
import { waitingFor } from '@trellis/shared/todo/waiting';

type Held = { orgId: string; path: string; roles: Role[] };
type Items = Map<string, Record<string, unknown>>;

/** The orgs where the actor holds roles, each with its roles. */
function heldOrgs(actor: Actor): Held[] {
  const byOrg = new Map<string, Held>();
  for (const g of actor.grants) {
    const held = byOrg.get(g.orgId) ?? { orgId: g.orgId, path: g.orgPath, roles: [] };
    held.roles.push(g.role);
    byOrg.set(g.orgId, held);
  }
  return [...byOrg.values()];
}

const may = (h: Held, action: Action) => h.roles.some((r) => roleGrants(r, action));
/** Regions (national, province, city) review the reports of the orgs below them. */
const reviewsReports = (h: Held) => may(h, 'report.review') && depthOf(h.path) <= 3;
const progressKeys = (round: ReportRound, orgId: string) => Array.from({ length: TOTALS_SHARDS }, (_, s) => reportingKeys.regionProgress(round.id, orgId, s));

/** Every key the to-do reads, for one BatchGetItem: orgs, their counters, region progress, own reports. */
function keysFor(orgs: Held[], rounds: ReportRound[]) {
  return orgs.flatMap((h) => {
    const concerning = rounds.filter((r) => roundConcerns(r, h.path));
    return [
      keys.org(h.orgId), keys.todo(h.orgId),
      ...(reviewsReports(h) ? concerning.flatMap((r) => progressKeys(r, h.orgId)) : []),
      ...(may(h, 'report.fill') ? concerning.map((r) => reportingKeys.report(h.orgId, r.id)) : []),
    ];
  });
}

const num = (v: unknown) => (typeof v === 'number' && v > 0 ? v : 0);

function orgTodo(h: Held, rounds: ReportRound[], found: Items): OrgTodo {
  const org = found.get(keyId(keys.org(h.orgId)));
  const counters = found.get(keyId(keys.todo(h.orgId))) ?? {};
  const concerning = rounds.filter((r) => roundConcerns(r, h.path));
  const todo: OrgTodo = { orgId: h.orgId, orgName: typeof org?.name === 'string' ? org.name : h.orgId };
  Object.assign(todo, waitingFor(h.roles, counters));
  if (reviewsReports(h)) {
    todo.reportsToReview = concerning.reduce((n, r) => n + progressKeys(r, h.orgId).reduce((m, k) => {
      const shard = found.get(keyId(k));
      return m + num(shard?.st_submitted) + num(shard?.st_resubmitted);
    }, 0), 0);
  }
  if (may(h, 'report.fill')) {
    todo.reportsDue = concerning.flatMap((r) => {
      const state = found.get(keyId(reportingKeys.report(h.orgId, r.id)))?.state;
      return state === 'draft' || state === 'returned' ? [{ roundId: r.id, year: r.year, closesOn: r.closesOn, state }] : [];
    });
  }
  return todo;
}

/**
 * My 待办 in a fixed number of requests, whatever the counts: one BatchGetItem (orgs, their
 * to-do counters, region progress shards, own reports), one Query of the unread index and one
 * of the newest inbox entries; the open rounds come from a list cached for a minute.
 */
export async function todoSummary(actor: Actor, now = new Date()): Promise<TodoSummary> {
  const orgs = heldOrgs(actor);
  const rounds = await openRoundsNow(now);
  const [found, unread, latest] = await Promise.all([getMany(keysFor(orgs, rounds)), listUnread(actor.accountId), listInbox(actor.accountId, undefined, 5)]);
  const toConfirm = unread.filter((u): u is typeof u & { confirmBy: string } => u.confirmBy !== null)
    .sort((a, b) => a.confirmBy.localeCompare(b.confirmBy)).slice(0, 5);
  return {
    notices: { unread: unread.length, toConfirm },
    latest: latest.items.map(inboxItemOf),
    orgs: orgs.map((h) => orgTodo(h, rounds, found)),
  };
}
