import { z } from 'zod';
import { inboxItemSchema } from '../notices/schemas';

/** What waits for an org's people: counts kept by the decisions themselves (never below 0). */
export const TODO_COUNTERS = ['applications', 'members', 'siteItems', 'resources'] as const;
export type TodoCounter = (typeof TODO_COUNTERS)[number];

const count = z.number().int().min(0);

/** One org of mine and what it has waiting, for the roles I hold there (absent: not mine to do). */
export const orgTodoSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  /** 入会申请 waiting for a decision at or under the org (admins). */
  applications: count.optional(),
  /** 会员单位 applications waiting (admins). */
  members: count.optional(),
  /** Website items waiting for the org's review: its own submissions and recommendations to it. */
  siteItems: count.optional(),
  /** Library resources the school has to review (admins, leaders). */
  resources: count.optional(),
  /** Reports (re)submitted in the region and not yet decided, per open round (regional admins). */
  reportsToReview: count.optional(),
  /** The org's own reports of open rounds: still drafts, or returned to it. */
  reportsDue: z.array(z.object({ roundId: z.string(), year: z.number().int(), closesOn: z.string(), state: z.enum(['draft', 'returned']) })).optional(),
});
export type OrgTodo = z.infer<typeof orgTodoSchema>;

/** My 待办: notices to read or confirm (with their deadlines), and each org's waiting work. */
export const todoSummarySchema = z.object({
  notices: z.object({
    unread: count,
    /** Unread notices that ask for a confirmation, soonest deadline first (at most 5). */
    toConfirm: z.array(z.object({ noticeId: z.string(), title: z.string(), confirmBy: z.string() })),
  }),
  /** The newest inbox entries (the home page lists them). */
  latest: z.array(inboxItemSchema),
  orgs: z.array(orgTodoSchema),
});
export type TodoSummary = z.infer<typeof todoSummarySchema>;
