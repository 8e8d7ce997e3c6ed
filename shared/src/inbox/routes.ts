import { defineRoute } from '../http/route-row';
import { deliveryMarksSchema, inboxNoticeSchema, inboxPageSchema, phoneCodeSentSchema } from './responses';
import { session } from '../http/access-kinds';
import { inboxInput, noticeIdParams } from '../notices/schemas';
import { accountViewSchema, smsCodeInput, verifyPhoneInput, smsPreferencesInput } from '../accounts/schemas';

/** The inbox capability's routes. */
export const inboxRoutes = {
  list: defineRoute({
    id: 'inbox.list', method: 'GET', path: '/me/inbox', entry: 'inbox/handlers/list',
    access: session,
    summary: "My notices, newest first, with the unread badge count.",
    input: inboxInput,
    output: { 200: inboxPageSchema },
  }),
  get: defineRoute({
    id: 'inbox.get', method: 'GET', path: '/me/inbox/{noticeId}', entry: 'inbox/handlers/get',
    access: { kind: 'own', target: 'delivery', param: 'noticeId' },
    summary: "One notice as its recipient sees it; only recipients can open it.",
    input: noticeIdParams,
    output: { 200: inboxNoticeSchema },
  }),
  read: defineRoute({
    id: 'inbox.read', method: 'POST', path: '/me/inbox/{noticeId}/read', entry: 'inbox/handlers/read',
    access: { kind: 'own', target: 'delivery', param: 'noticeId' },
    summary: 'Mark a notice read (once; opening it again changes nothing).',
    input: noticeIdParams,
    output: { 200: deliveryMarksSchema },
  }),
  confirm: defineRoute({
    id: 'inbox.confirm', method: 'POST', path: '/me/inbox/{noticeId}/confirm', entry: 'inbox/handlers/confirm',
    access: { kind: 'own', target: 'delivery', param: 'noticeId' },
    summary: 'Confirm receipt of a notice that asks for it (implies reading it).',
    input: noticeIdParams,
    output: { 200: deliveryMarksSchema },
  }),
  phone: defineRoute({
    id: 'inbox.phone', method: 'POST', path: '/me/phone', entry: 'inbox/handlers/phone',
    access: session,
    summary: 'Send a 6-digit code by SMS to the mobile number I want to bind (limited per account, number and IP).',
    input: smsCodeInput,
    output: { 202: phoneCodeSentSchema },
  }),
  phoneVerify: defineRoute({
    id: 'inbox.phoneVerify', method: 'POST', path: '/me/phone/verify', entry: 'inbox/handlers/phone-verify',
    access: session,
    summary: 'Bind the number as verified with the code it received; answers my account.',
    input: verifyPhoneInput,
    output: { 200: accountViewSchema },
  }),
  smsPreferences: defineRoute({
    id: 'inbox.smsPreferences', method: 'PUT', path: '/me/sms-preferences', entry: 'inbox/handlers/sms-preferences',
    access: session,
    summary: 'Opt out of (or back in to) non-critical SMS such as notices and reminders; answers my account.',
    input: smsPreferencesInput,
    output: { 200: accountViewSchema },
  }),
} as const;
