import { defineRoute, noContent } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { pub, session } from '../http/access-kinds';
import { loginInput, changePasswordInput, smsCodeInput, smsResetInput } from '../accounts/schemas';
import { z } from 'zod';

/** The auth capability's routes. */
export const authRoutes = {
  login: defineRoute({
    id: 'auth.login', method: 'POST', path: '/auth/login', entry: 'auth/handlers/login',
    access: pub,
    summary: "auth.login",
    input: loginInput,
    output: { 200: untypedOutput },
  }),
  captcha: defineRoute({
    id: 'auth.captcha', method: 'POST', path: '/auth/captcha', entry: 'auth/handlers/captcha',
    access: pub,
    summary: "auth.captcha",
    input: z.object({}),
    output: { 201: untypedOutput },
  }),
  logout: defineRoute({
    id: 'auth.logout', method: 'POST', path: '/auth/logout', entry: 'auth/handlers/logout',
    access: session,
    summary: "Invalidates the session on the server; the web clears the cookie.",
    input: z.object({}),
    output: { 204: noContent },
  }),
  me: defineRoute({
    id: 'auth.me', method: 'GET', path: '/auth/me', entry: 'auth/handlers/me',
    access: session,
    summary: "auth.me",
    input: z.object({}),
    output: { 200: untypedOutput },
  }),
  password: defineRoute({
    id: 'auth.password', method: 'POST', path: '/auth/password', entry: 'auth/handlers/change-password',
    access: session,
    summary: "Answers the fresh session token: every earlier session of the account has ended.",
    input: changePasswordInput,
    output: { 200: untypedOutput },
  }),
  smsCode: defineRoute({
    id: 'auth.smsCode', method: 'POST', path: '/auth/sms-code', entry: 'auth/handlers/sms-code',
    access: pub,
    summary: "Always 202: the answer does not tell whether the number belongs to an account.",
    input: smsCodeInput,
    output: { 202: untypedOutput },
  }),
  smsReset: defineRoute({
    id: 'auth.smsReset', method: 'POST', path: '/auth/sms-reset', entry: 'auth/handlers/sms-reset',
    access: pub,
    summary: "auth.smsReset",
    input: smsResetInput,
    output: { 204: noContent },
  }),
} as const;
