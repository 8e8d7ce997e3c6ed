import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { session } from '../http/access-kinds';
import { inboxInput, noticeIdParams } from '../notices/schemas';
import { smsCodeInput, verifyPhoneInput, smsPreferencesInput } from '../accounts/schemas';

/** The inbox capability's routes. */
export const inboxRoutes = {
  list: defineRoute({
    id: 'inbox.list', method: 'GET', path: '/me/inbox', entry: 'inbox/handlers/list',
    access: session,
    summary: "My notices, newest first, with the unread badge count.",
    input: inboxInput,
    output: { 200: untypedOutput },
  }),
  get: defineRoute({
    id: 'inbox.get', method: 'GET', path: '/me/inbox/{noticeId}', entry: 'inbox/handlers/get',
    access: session,
    summary: "One notice as its recipient sees it; only recipients can open it.",
    input: noticeIdParams,
    output: { 200: untypedOutput },
  }),
  read: defineRoute({
    id: 'inbox.read', method: 'POST', path: '/me/inbox/{noticeId}/read', entry: 'inbox/handlers/read',
    access: session,
    summary: "inbox.read",
    input: noticeIdParams,
    output: { 200: untypedOutput },
  }),
  confirm: defineRoute({
    id: 'inbox.confirm', method: 'POST', path: '/me/inbox/{noticeId}/confirm', entry: 'inbox/handlers/confirm',
    access: session,
    summary: "inbox.confirm",
    input: noticeIdParams,
    output: { 200: untypedOutput },
  }),
  phone: defineRoute({
    id: 'inbox.phone', method: 'POST', path: '/me/phone', entry: 'inbox/handlers/bind-phone',
    access: session,
    summary: "inbox.phone",
    input: smsCodeInput,
    output: { 202: untypedOutput },
  }),
  phoneVerify: defineRoute({
    id: 'inbox.phoneVerify', method: 'POST', path: '/me/phone/verify', entry: 'inbox/handlers/verify-phone',
    access: session,
    summary: "inbox.phoneVerify",
    input: verifyPhoneInput,
    output: { 200: untypedOutput },
  }),
  smsPreferences: defineRoute({
    id: 'inbox.smsPreferences', method: 'PUT', path: '/me/sms-preferences', entry: 'inbox/handlers/sms-preferences',
    access: session,
    summary: "inbox.smsPreferences",
    input: smsPreferencesInput,
    output: { 200: untypedOutput },
  }),
} as const;
