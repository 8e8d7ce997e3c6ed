import { z } from 'zod';

/** A session as stored, keyed by the hash of its token (times in epoch milliseconds). */
export const sessionRecordSchema = z.object({
  tokenHash: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  absoluteExpiresAt: z.number(),
  /** The account's `sessionEpoch` at login; a session from an older epoch is refused. */
  epoch: z.number().int().optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;
