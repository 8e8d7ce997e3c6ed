import { z } from 'zod';
import { ORG_TYPES } from '../orgs/org-types';
import { MATERIAL_KINDS } from './schemas';
import { REPORT_STATES, trailEntrySchema } from './states';
import { fieldIssueSchema } from './validate';

/** A file attached to a report (a case document, supporting document or photo). */
export const reportMaterialSchema = z.object({
  uploadId: z.string(),
  kind: z.enum(MATERIAL_KINDS),
  fileName: z.string(),
  size: z.number().int(),
  /** A photo's width in pixels when the upload measured it, else null. */
  widthPx: z.number().int().nullable(),
  attachedAt: z.iso.datetime(),
});
export type ReportMaterial = z.infer<typeof reportMaterialSchema>;

/** A report in a list (no form data). */
export const reportSummarySchema = z.object({
  roundId: z.string(),
  formId: z.string(),
  year: z.number().int(),
  orgId: z.string(),
  orgName: z.string(),
  orgPath: z.string(),
  orgType: z.enum(ORG_TYPES),
  state: z.enum(REPORT_STATES),
  version: z.number().int(),
  /** Draft or returned: the org may save and submit (inside the window or with a lock exception). */
  editable: z.boolean(),
  /** The national admin reopened it after the window closed. */
  lockException: z.boolean(),
  /** Depth of the level that approved it, null if not approved. */
  approvedAtDepth: z.number().int().nullable(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** Form data as the API carries it: field key -> value, and the member rows (checked against the form, not here). */
export const reportDataSchema = z.record(z.string(), z.unknown());

/** The report with its data, trail, materials and the strict-validation issues of its data. */
export const reportViewSchema = reportSummarySchema.extend({
  data: reportDataSchema,
  /** Strict-validation issues of the current data (empty when it can be submitted). */
  issues: z.array(fieldIssueSchema),
  materials: z.array(reportMaterialSchema),
  trail: z.array(trailEntrySchema),
});
export type ReportView = z.infer<typeof reportViewSchema>;

/** A page of report summaries and the cursor of the next page (null when done). */
export const reportPageSchema = z.object({ items: z.array(reportSummarySchema), cursor: z.string().nullable() });
export type ReportPage = z.infer<typeof reportPageSchema>;
