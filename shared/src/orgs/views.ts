import { z } from 'zod';
import { orgSchema, orgStatusSchema, orgTypeSchema } from './org';

/** An org with the orgs above it (root first), as the workspace's org page shows it. */
export const orgWithAncestorsSchema = orgSchema.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
});
export type OrgWithAncestors = z.infer<typeof orgWithAncestorsSchema>;

/** One entry of the public directory (the application form's parent picker). */
export const orgLinkSchema = z.object({ id: z.string(), name: z.string(), type: orgTypeSchema, slug: z.string() });
export type OrgLink = z.infer<typeof orgLinkSchema>;

/** One answer to "is my org registered?". */
export const lookupResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: orgTypeSchema,
  slug: z.string(),
  region: z.string(),
  parentName: z.string().nullable(),
  status: orgStatusSchema,
});
export type LookupResult = z.infer<typeof lookupResultSchema>;
