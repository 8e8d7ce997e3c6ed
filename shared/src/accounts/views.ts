import { z } from 'zod';
import { accountViewSchema, importRowResultSchema, roleSchema } from './schemas';

/** An account in an org's list, with its roles there and the membership version for the roles form. */
export const accountWithRolesSchema = accountViewSchema.extend({
  roles: z.array(roleSchema),
  membershipVersion: z.number().int(),
});
export type AccountWithRoles = z.infer<typeof accountWithRolesSchema>;

/** One roster batch's outcome: the counts and a result per row. */
export const importResultSchema = z.object({
  created: z.number().int(),
  existing: z.number().int(),
  failed: z.number().int(),
  results: z.array(importRowResultSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** The roles an account now holds at an org, and the membership's new version. */
export const roleChangeSchema = z.object({
  orgId: z.string(),
  accountId: z.string(),
  roles: z.array(roleSchema),
  version: z.number().int(),
});
export type RoleChange = z.infer<typeof roleChangeSchema>;

/** A reset password, shown once to the admin who reset it. */
export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });
