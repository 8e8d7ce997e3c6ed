import { z } from 'zod';

/** A short-lived link to an attached material's file. */
export const materialLinkSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  url: z.string(),
  expiresAt: z.iso.datetime(),
});
export type MaterialLink = z.infer<typeof materialLinkSchema>;
