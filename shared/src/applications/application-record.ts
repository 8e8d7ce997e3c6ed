import { z } from 'zod';
import { applicationViewSchema } from './schemas';

/** An application as stored: the admin view plus the parent's path and the password hash. */
export const applicationRecordSchema = applicationViewSchema.extend({
  parentPath: z.string(),
  adminPasswordHash: z.string(),
});
export type ApplicationRecord = z.infer<typeof applicationRecordSchema>;
