import { z } from 'zod';
import { wholeNumber } from '../http/form-values';
import { orgContactSchema, orgTypeSchema } from './org';
import { usccSchema } from '../applications/uscc';

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'id.invalid');
export const cursorSchema = z.string().max(2048).optional();
export const orgNameSchema = z.string().trim().min(2, 'name.too_short').max(60, 'name.too_long');
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'slug.invalid');
export const regionSchema = z.string().trim().max(60).default('');

export const orgIdParams = z.object({ orgId: idSchema });

export const listPageInput = z.object({ orgId: idSchema, cursor: cursorSchema });

export const createChildOrgInput = z.object({
  orgId: idSchema,
  name: orgNameSchema,
  type: orgTypeSchema,
  slug: slugSchema.optional(),
  region: regionSchema,
  code: z.union([z.literal(''), usccSchema]).optional(),
});
export type CreateChildOrgInput = z.infer<typeof createChildOrgInput>;

export const updateOrgInput = z.object({
  orgId: idSchema,
  expectedVersion: wholeNumber(z.number().int().min(1)),
  name: orgNameSchema.optional(),
  type: orgTypeSchema.optional(),
  region: z.string().trim().max(60).optional(),
  intro: z.string().trim().max(5000).optional(),
  contact: orgContactSchema.optional(),
});
export type UpdateOrgInput = z.infer<typeof updateOrgInput>;

export const setOrgStatusInput = z.object({
  orgId: idSchema,
  status: z.enum(['active', 'disabled']),
  reason: z.string().trim().max(200).default(''),
});
export type SetOrgStatusInput = z.infer<typeof setOrgStatusInput>;

export const lookupInput = z.object({
  q: z.string().trim().min(2, 'q.too_short').max(60),
});
