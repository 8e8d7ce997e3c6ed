import { z } from 'zod';
import { membershipSchema } from '../accounts/account-record';

/** A session as stored, keyed by the hash of its token (times in epoch milliseconds). */
export const sessionRecordSchema = z.object({
  tokenHash: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  absoluteExpiresAt: z.number(),
  /** The account's `sessionEpoch` at login; a session from an older epoch is refused. */
  epoch: z.number().int().optional(),
  /**
   * The account's memberships (the actor the policy needs) as of the account's `accessVersion`;
   * a session read that finds the account at another version reads them again. Absent on
   * sessions from before this snapshot existed: read then, too.
   */
  memberships: z.array(membershipSchema).optional(),
  accessVersion: z.number().int().optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;
