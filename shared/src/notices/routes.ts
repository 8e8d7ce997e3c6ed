import { defineRoute } from '../http/route-row';
import { onOrg } from '../http/access-kinds';
import { composeNoticeInput, sentNoticesInput, noticeIdParams, noticePageInput, remindInput, noticeViewSchema } from '../notices/schemas';
import { noticeWithStatsSchema, reminderResultSchema, sentNoticesPageSchema, smsBudgetSchema, unreadRecipientsPageSchema } from '../notices/responses';
import { orgIdParams } from '../orgs/schemas';

/** The notices capability's routes. */
export const noticesRoutes = {
  create: defineRoute({
    id: 'notices.create', method: 'POST', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/create',
    access: onOrg('notice.send'),
    summary: 'Compose a notice from the org: published at once or scheduled; a retried request id answers the first notice.',
    input: composeNoticeInput,
    output: { 201: noticeViewSchema },
  }),
  sent: defineRoute({
    id: 'notices.sent', method: 'GET', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/sent',
    access: onOrg('notice.send'),
    summary: 'The notices the org has sent, newest first.',
    input: sentNoticesInput,
    output: { 200: sentNoticesPageSchema },
  }),
  smsBudget: defineRoute({
    id: 'notices.smsBudget', method: 'GET', path: '/orgs/{orgId}/sms-budget', entry: 'notices/handlers/sms-budget',
    access: onOrg('notice.send'),
    summary: "Today's SMS budget use of an org, for its admins.",
    input: orgIdParams,
    output: { 200: smsBudgetSchema },
  }),
  get: defineRoute({
    id: 'notices.get', method: 'GET', path: '/notices/{noticeId}', entry: 'notices/handlers/get',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' },
    summary: "The sender's view of a notice with its read and confirmation statistics by org along the tree and by role.",
    input: noticeIdParams,
    output: { 200: noticeWithStatsSchema },
  }),
  unread: defineRoute({
    id: 'notices.unread', method: 'GET', path: '/notices/{noticeId}/unread', entry: 'notices/handlers/unread',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId', scope: { check: 'noticeDrillDown', param: 'orgId', optional: true } },
    summary: 'The recipients who have not read a notice yet, optionally under one org of its tree (drill-down).',
    input: noticePageInput,
    output: { 200: unreadRecipientsPageSchema },
  }),
  remind: defineRoute({
    id: 'notices.remind', method: 'POST', path: '/notices/{noticeId}/reminders', entry: 'notices/handlers/remind',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' },
    summary: 'Send an SMS reminder to every unread recipient with a verified number, once per request id.',
    input: remindInput,
    output: { 200: reminderResultSchema },
  }),
} as const;
