import { z } from 'zod';
import { memberViewSchema } from './schemas';

/** A member unit as stored: the admin view plus the org's path (for scope checks) and slug. */
export const memberRecordSchema = memberViewSchema.extend({ orgPath: z.string(), orgSlug: z.string() });
export type MemberRecord = z.infer<typeof memberRecordSchema>;
