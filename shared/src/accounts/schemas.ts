import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { isCommonPassword } from './common-passwords';
import { ROLES } from '../access/roles';
import { idSchema, cursorSchema } from '../orgs/schemas';
import { waitingSchema } from '../todo/waiting';
import { IMPORT_BATCH_MAX, IMPORT_ROSTER_MAX } from './import-batch';

/** NIST SP 800-63B / ASVS: length, a blocklist, no composition rules. */
export const passwordSchema = z
  .string()
  .min(8, 'password.too_short')
  .max(128, 'password.too_long')
  .refine((p) => !isCommonPassword(p), 'password.common');

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'username.invalid');

/** Mainland mobile numbers, stored in E.164 (+86...). */
export const mobileSchema = z
  .string()
  .max(32, 'mobile.invalid')
  .trim()
  .transform((s) => s.replace(/[\s-]/g, '').replace(/^(\+?86)/, ''))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, 'mobile.invalid'))
  .transform((s) => `+86${s}`);

export const roleSchema = z.enum(ROLES);

export const loginInput = z.object({
  login: z.string().trim().min(1, 'login.required').max(64),
  password: z.string().min(1, 'password.required').max(128),
  captchaId: z.string().max(64).optional(),
  captchaAnswer: z.string().trim().max(16).optional(),
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z.object({
  current: z.string().min(1, 'password.required').max(128),
  next: passwordSchema,
});

export const createAccountInput = z.object({
  orgId: idSchema,
  username: usernameSchema,
  displayName: z.string().trim().min(1, 'display_name.required').max(40),
  phone: z.union([z.literal(''), mobileSchema]).optional(),
  roles: z.array(roleSchema).min(1, 'roles.required').max(ROLES.length),
  password: passwordSchema,
});
export type CreateAccountInput = z.infer<typeof createAccountInput>;

/** One row of a teacher roster import (Excel on the web side): the same rules as one by one. */
export const importRowSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, 'display_name.required').max(40),
  phone: z.union([z.literal(''), mobileSchema]).optional(),
});
export { IMPORT_BATCH_MAX, IMPORT_ROSTER_MAX } from './import-batch';
export const importAccountsInput = z.object({
  orgId: idSchema,
  role: roleSchema.default('teacher'),
  /** Chosen by the client per uploaded file (e.g. a hash of the file and org): a retried row is recognized. */
  importId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'import_id.invalid'),
  /** The roster row number of this batch's first row, so results number rows as in the whole roster. */
  firstRow: wholeNumber(z.number().int().min(1).max(IMPORT_ROSTER_MAX)).default(1),
  rows: z.array(z.record(z.string().max(40), z.unknown()).refine((row) => Object.keys(row).length <= 20, 'row.too_many_columns')).min(1, 'rows.required').max(IMPORT_BATCH_MAX, 'rows.batch_too_many'),
});

export const importRowResultSchema = z.object({
  row: z.number().int(),
  username: z.string(),
  /** `existing`: created by an earlier call of the same import (its temporary password is not shown again). */
  status: z.enum(['created', 'existing', 'failed']),
  /** Given once, to hand to the teacher; changed at first login. */
  temporaryPassword: z.string().optional(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const updateAccountInput = z.object({
  accountId: idSchema,
  expectedVersion: wholeNumber(z.number().int().min(1)),
  displayName: z.string().trim().min(1, 'display_name.required').max(40).optional(),
  phone: z.union([z.literal(''), mobileSchema]).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;

export const setRolesInput = z.object({
  orgId: idSchema,
  accountId: idSchema,
  roles: z.array(roleSchema).max(ROLES.length),
  /** The membership version the form showed (0 when the account held no role at the org). */
  expectedVersion: wholeNumber(z.number().int().min(0)),
});
export type SetRolesInput = z.infer<typeof setRolesInput>;

export const accountIdParams = z.object({ accountId: idSchema });
export const listAccountsInput = z.object({ orgId: idSchema, cursor: cursorSchema });

export const smsCodeInput = z.object({ phone: mobileSchema });
export const verifyPhoneInput = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'code.invalid') });
export const smsPreferencesInput = z.object({ optOut: z.boolean() });
export const smsResetInput = z.object({
  phone: mobileSchema,
  code: z.string().trim().regex(/^\d{6}$/, 'code.invalid'),
  next: passwordSchema,
});

/** An account as the API returns it (never the hash). */
export const accountViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  /** The owner proved they receive SMS on `phone`. */
  phoneVerified: z.boolean(),
  /** Opted out of non-critical SMS. */
  smsOptOut: z.boolean(),
  status: z.enum(['active', 'disabled']),
  homeOrgId: z.string(),
  mustChangePassword: z.boolean(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const membershipViewSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgPath: z.string(),
  roles: z.array(roleSchema).max(ROLES.length),
  /** What waits there for these roles (to-do counters read with the session: the navigation's counts). */
  waiting: waitingSchema.optional(),
});
export type MembershipView = z.infer<typeof membershipViewSchema>;

/** The signed-in person: the account and its memberships at active orgs, with org names. */
export const sessionViewSchema = z.object({
  account: accountViewSchema,
  memberships: z.array(membershipViewSchema),
});
export type SessionView = z.infer<typeof sessionViewSchema>;
