import { z } from 'zod';
import { reportDataSchema, reportMaterialSchema, reportSummarySchema } from './report-view';
import { trailEntrySchema } from './states';

/**
 * A report as stored: one item per org and round, in the org's partition. It is the view
 * without what the view derives (validation issues, editability), plus its counter shard.
 * Data, trail and materials are absent where a list reads only the summary attributes.
 */
export const reportRecordSchema = reportSummarySchema.omit({ editable: true }).extend({
  data: reportDataSchema.optional(),
  trail: z.array(trailEntrySchema).optional(),
  materials: z.array(reportMaterialSchema).optional(),
  /** Which counter shard this org's report adds to. */
  shard: z.number().int(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;
