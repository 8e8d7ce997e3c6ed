import { z } from 'zod';

/** A message the local SMS sink "sent", for the dev inbox page. Local stack only. */
export const sinkMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  text: z.string(),
  status: z.string(),
  createdAt: z.iso.datetime(),
});
export type SinkMessage = z.infer<typeof sinkMessageSchema>;
