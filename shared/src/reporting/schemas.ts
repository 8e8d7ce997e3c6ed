import { z } from 'zod';
import { cursorSchema, idSchema } from '../orgs/schemas';
import type { ReportData } from './form-schema';
import type { ReportState, TrailEntry } from './states';
import type { FieldIssue } from './validate';

/** API inputs of the reporting routes (path parameters merged in) and the response types. */
export const roundParams = z.object({ orgId: idSchema, roundId: idSchema });
export const orgParams = z.object({ orgId: idSchema });

export const saveReportInput = roundParams.extend({
  /** The version the client last saw: a save never overwrites a newer one. */
  expectedVersion: z.coerce.number().int().min(0),
  data: z.record(z.string(), z.unknown()),
});
export const submitReportInput = roundParams.extend({ expectedVersion: z.coerce.number().int().min(0).optional() });
export const reasonInput = roundParams.extend({ reason: z.string().trim().max(500, 'reason.too_long').default('') });
export const reviewInput = roundParams.extend({
  reason: z.string().trim().max(500, 'reason.too_long').default(''),
  expectedVersion: z.coerce.number().int().min(0).optional(),
});
export const listReportsInput = roundParams.extend({
  state: z.enum(['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'accepted']).optional(),
  cursor: cursorSchema,
});
export const pendingInput = roundParams.extend({ cursor: cursorSchema });
export const remindInput = roundParams.extend({ requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid') });
export const compareInput = orgParams.extend({ formId: idSchema.default('group-annual') });

export const MATERIAL_KINDS = ['case_document', 'supporting_document', 'photo'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const attachInput = roundParams.extend({ uploadId: idSchema, kind: z.enum(MATERIAL_KINDS) });
export const materialParams = roundParams.extend({ uploadId: idSchema });

/** A short-lived link to an attached material's file. */
export interface MaterialLink {
  uploadId: string;
  fileName: string;
  url: string;
  expiresAt: string;
}

export interface ReportMaterial {
  uploadId: string;
  kind: MaterialKind;
  fileName: string;
  size: number;
  widthPx: number | null;
  attachedAt: string;
}

export interface ReportView {
  roundId: string;
  formId: string;
  year: number;
  orgId: string;
  orgName: string;
  orgPath: string;
  orgType: string;
  state: ReportState;
  data: ReportData;
  version: number;
  /** Strict-validation issues of the current data (empty when it can be submitted). */
  issues: FieldIssue[];
  editable: boolean;
  lockException: boolean;
  approvedAtDepth: number | null;
  materials: ReportMaterial[];
  trail: TrailEntry[];
  updatedAt: string;
  submittedAt: string | null;
}

/** A report in a list (no form data). */
export type ReportSummary = Omit<ReportView, 'data' | 'issues' | 'trail' | 'materials'>;

export interface RegionProgressRow {
  orgId: string;
  orgName: string;
  progress: import('./totals').RegionProgress;
}

export interface ProgressView {
  roundId: string;
  region: RegionProgressRow;
  /** The region's direct children that have expected reports (drill-down). */
  children: RegionProgressRow[];
}

export interface RemindResult {
  pending: number;
  sent: number;
  withoutPhone: number;
}

export interface YearComparison {
  orgId: string;
  formId: string;
  years: { year: number; roundId: string; own: ReportSummary | null; ownData: ReportData | null; region: import('./totals').RegionTotals }[];
}
