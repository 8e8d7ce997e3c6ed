import { z } from 'zod';
import { regionProgressSchema, regionTotalsSchema } from './totals';

/** One region's progress counts, by org. */
export const regionProgressRowSchema = z.object({ orgId: z.string(), orgName: z.string(), progress: regionProgressSchema });
export type RegionProgressRow = z.infer<typeof regionProgressRowSchema>;

/** A region's progress in a round and that of each direct child with expected reports. */
export const progressViewSchema = z.object({
  roundId: z.string(),
  region: regionProgressRowSchema,
  /** The region's direct children that have expected reports (drill-down). */
  children: z.array(regionProgressRowSchema),
});
export type ProgressView = z.infer<typeof progressViewSchema>;

/** A region's totals of approved reports in a round. */
export const totalsViewSchema = z.object({ roundId: z.string(), orgId: z.string(), orgName: z.string(), totals: regionTotalsSchema });
export type TotalsView = z.infer<typeof totalsViewSchema>;
