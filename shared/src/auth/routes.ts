import { defineRoute, noContent } from '../http/route-row';
import { pub, session } from '../http/access-kinds';
import { loginInput, changePasswordInput, smsCodeInput, smsResetInput } from '../accounts/schemas';
import { captchaSchema, codeSentSchema, loginResultSchema, passwordChangedSchema, sessionReadSchema } from './views';
import { z } from 'zod';

/** The auth capability's routes. */
export const authRoutes = {
  login: defineRoute({
    id: 'auth.login', method: 'POST', path: '/auth/login', entry: 'auth/handlers/login',
    access: pub,
    summary: "Signs in with a username or mobile number and password (a captcha after failures); answers a new session.",
    input: loginInput,
    output: { 200: loginResultSchema },
  }),
  captcha: defineRoute({
    id: 'auth.captcha', method: 'POST', path: '/auth/captcha', entry: 'auth/handlers/captcha',
    access: pub,
    summary: "A new image captcha, valid for five minutes, for logins that need one.",
    input: z.object({}),
    output: { 201: captchaSchema },
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
    summary: "The signed-in account, its memberships at active orgs, and a 5-second actor assertion for calls made on its behalf.",
    input: z.object({}),
    output: { 200: sessionReadSchema },
  }),
  password: defineRoute({
    id: 'auth.password', method: 'POST', path: '/auth/password', entry: 'auth/handlers/password',
    access: session,
    summary: "Answers the fresh session token: every earlier session of the account has ended.",
    input: changePasswordInput,
    output: { 200: passwordChangedSchema },
  }),
  smsCode: defineRoute({
    id: 'auth.smsCode', method: 'POST', path: '/auth/sms-code', entry: 'auth/handlers/sms-code',
    access: pub,
    summary: "Always 202: the answer does not tell whether the number belongs to an account.",
    input: smsCodeInput,
    output: { 202: codeSentSchema },
  }),
  smsReset: defineRoute({
    id: 'auth.smsReset', method: 'POST', path: '/auth/sms-reset', entry: 'auth/handlers/sms-reset',
    access: pub,
    summary: "Sets a new password with the code sent by SMS to the account's verified number; every session ends.",
    input: smsResetInput,
    output: { 204: noContent },
  }),
} as const;
