import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { cursorSchema, idSchema } from '../orgs/schemas';
import { MATERIAL_KINDS } from './material-kinds';

/** API inputs of the reporting routes (path parameters merged in); the response schemas have their own files. */
export const roundParams = z.object({ orgId: idSchema, roundId: idSchema });
export const orgParams = z.object({ orgId: idSchema });

export const saveReportInput = roundParams.extend({
  /** The version the client last saw: a save never overwrites a newer one. */
  expectedVersion: wholeNumber(z.number().int().min(0)),
  data: z.record(z.string().max(80), z.unknown()).refine((data) => Object.keys(data).length <= 500, 'data.too_many_fields'),
});
export const submitReportInput = roundParams.extend({ expectedVersion: wholeNumber(z.number().int().min(0)).optional() });
export const reasonInput = roundParams.extend({ reason: z.string().trim().max(500, 'reason.too_long').default('') });
export const reviewInput = roundParams.extend({
  reason: z.string().trim().max(500, 'reason.too_long').default(''),
  expectedVersion: wholeNumber(z.number().int().min(0)).optional(),
});
export const listReportsInput = roundParams.extend({
  state: z.enum(['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'accepted']).optional(),
  cursor: cursorSchema,
});
export const pendingInput = roundParams.extend({ cursor: cursorSchema });
export const remindInput = roundParams.extend({ requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'request_id.invalid') });
export const compareInput = orgParams.extend({ formId: idSchema.default('group-annual') });

export { MATERIAL_KINDS, type MaterialKind } from './material-kinds';
export const attachInput = roundParams.extend({ uploadId: idSchema, kind: z.enum(MATERIAL_KINDS) });
export const materialParams = roundParams.extend({ uploadId: idSchema });
