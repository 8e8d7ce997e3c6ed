import { z } from 'zod';
import { ROLES } from '../access/roles';
import { inboxItemSchema } from '../notices/schemas';

/** One recipient's copy of a notice: inbox entry, unread marker and per-notice index in one item. */
export const deliverySchema = inboxItemSchema.extend({
  accountId: z.string(),
  orgId: z.string(),
  orgPath: z.string(),
  roles: z.array(z.enum(ROLES)),
  displayName: z.string(),
  /** The sender org's path: counters are kept for the orgs from there down. */
  senderPath: z.string(),
  /** E.164 number when the person had a verified, not opted-out number at publish time. */
  smsTo: z.string().nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;
