import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { onOrg } from '../http/access-kinds';
import { composeNoticeInput, sentNoticesInput, noticeIdParams, noticePageInput, remindInput } from '../notices/schemas';
import { orgIdParams } from '../orgs/schemas';

/** The notices capability's routes. */
export const noticesRoutes = {
  create: defineRoute({
    id: 'notices.create', method: 'POST', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/create',
    access: onOrg('notice.send'),
    summary: "notices.create",
    input: composeNoticeInput,
    output: { 201: untypedOutput },
  }),
  sent: defineRoute({
    id: 'notices.sent', method: 'GET', path: '/orgs/{orgId}/notices', entry: 'notices/handlers/list-sent',
    access: onOrg('notice.send'),
    summary: "notices.sent",
    input: sentNoticesInput,
    output: { 200: untypedOutput },
  }),
  smsBudget: defineRoute({
    id: 'notices.smsBudget', method: 'GET', path: '/orgs/{orgId}/sms-budget', entry: 'notices/handlers/sms-budget',
    access: onOrg('notice.send'),
    summary: "Today's SMS budget use of an org, for its admins.",
    input: orgIdParams,
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'notices.get', method: 'GET', path: '/notices/{noticeId}', entry: 'notices/handlers/get',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' },
    summary: "The sender's view: the notice and its statistics, from the Query the policy check made.",
    input: noticeIdParams,
    output: { 200: untypedOutput },
  }),
  unread: defineRoute({
    id: 'notices.unread', method: 'GET', path: '/notices/{noticeId}/unread', entry: 'notices/handlers/list-unread',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' },
    summary: "Who has not read it yet, optionally under one org of the tree (drill-down).",
    input: noticePageInput,
    output: { 200: untypedOutput },
  }),
  remind: defineRoute({
    id: 'notices.remind', method: 'POST', path: '/notices/{noticeId}/reminders', entry: 'notices/handlers/remind',
    access: { kind: 'policy', action: 'notice.send', target: 'notice', param: 'noticeId' },
    summary: "notices.remind",
    input: remindInput,
    output: { 200: untypedOutput },
  }),
} as const;
