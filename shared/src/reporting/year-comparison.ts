import { z } from 'zod';
import { reportDataSchema, reportSummarySchema } from './report-view';
import { regionTotalsSchema } from './totals';

/** One round of the form in a comparison: the org's own report (if it had to report) and the region's totals. */
export const comparisonYearSchema = z.object({
  year: z.number().int(),
  roundId: z.string(),
  own: reportSummarySchema.nullable(),
  ownData: reportDataSchema.nullable(),
  region: regionTotalsSchema,
});

/** Year by year, an org's reports of one form beside the totals of the region it heads. */
export const yearComparisonSchema = z.object({ orgId: z.string(), formId: z.string(), years: z.array(comparisonYearSchema) });
export type YearComparison = z.infer<typeof yearComparisonSchema>;
