import { z } from 'zod';
import { accountViewSchema, roleSchema } from './schemas';

/** An account as stored: the view plus its password hash and home org path. */
export const accountRecordSchema = accountViewSchema.extend({
  passwordHash: z.string(),
  homeOrgPath: z.string(),
  /** Bumped when a password is set or the account is disabled: older sessions stop working. */
  sessionEpoch: z.number().int().optional(),
  /** Bumped with every membership change (roles set or removed): sessions re-read their memberships. */
  accessVersion: z.number().int().optional(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;
/** The account as a session knows it: everything but the password hash. */
export type SessionAccount = Omit<AccountRecord, 'passwordHash'>;

/** The roles an account holds at one org. */
export const membershipSchema = z.object({
  accountId: z.string(),
  orgId: z.string(),
  orgPath: z.string(),
  roles: z.array(roleSchema),
  /** Bumped by every role change; a membership stored without one counts as version 1. */
  version: z.number().int().optional(),
});
export type Membership = z.infer<typeof membershipSchema>;
