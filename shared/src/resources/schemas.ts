import { z } from 'zod';
import { cursorSchema, idSchema } from '../orgs/schemas';
import { orgTypeSchema } from '../orgs/org';
import { RESOURCE_SUBJECTS } from './subjects';
import { RESOURCE_CATEGORIES, RESOURCE_SORTS, RESOURCE_STATUSES } from './categories';

export {
  RESOURCE_CATEGORIES, RESOURCE_SORTS, RESOURCE_STATUSES, type ResourceCategory, type ResourceSort, type ResourceStatus,
} from './categories';

export const createResourceInput = z.object({
  orgId: idSchema,
  uploadId: idSchema,
  coverUploadId: idSchema.optional(),
  title: z.string().trim().min(2, 'title.too_short').max(100, 'title.too_long'),
  category: z.enum(RESOURCE_CATEGORIES),
  subject: z.enum(RESOURCE_SUBJECTS, 'subject.required'),
  description: z.string().trim().max(2000).default(''),
  authors: z.array(z.string().trim().min(1).max(40)).min(1, 'authors.required').max(10),
  publicOnSite: z.boolean().default(false),
});
export type CreateResourceInput = z.infer<typeof createResourceInput>;

export const resourceIdParams = z.object({ resourceId: idSchema });
export const reviewResourceInput = z
  .object({ resourceId: idSchema, decision: z.enum(['approve', 'return']), reason: z.string().trim().max(500).default('') })
  .refine((d) => d.decision === 'approve' || d.reason.length > 0, { path: ['reason'], message: 'reason.required' });
export const takedownResourceInput = z.object({ resourceId: idSchema, reason: z.string().trim().min(1, 'reason.required').max(500) });
export const schoolResourcesInput = z.object({
  orgId: idSchema,
  status: z.enum(RESOURCE_STATUSES).default('pending'),
  cursor: cursorSchema,
});
/** Browse the published library: a region (org subtree), optional filters, one of two orders. */
export const publishedResourcesInput = z.object({
  orgId: idSchema,
  category: z.enum(RESOURCE_CATEGORIES, 'category.invalid').optional(),
  subject: z.enum(RESOURCE_SUBJECTS, 'subject.invalid').optional(),
  schoolId: idSchema.optional(),
  q: z.string().trim().max(50, 'q.too_long').optional(),
  sort: z.enum(RESOURCE_SORTS, 'sort.invalid').default('newest'),
  cursor: cursorSchema,
});
export type PublishedResourcesInput = z.infer<typeof publishedResourcesInput>;

const timestamp = z.iso.datetime();

export const resourceDecisionSchema = z.object({
  at: timestamp,
  by: z.string(),
  action: z.enum(['submitted', 'approved', 'returned', 'taken_down']),
  reason: z.string().nullable(),
});
export type ResourceDecision = z.infer<typeof resourceDecisionSchema>;

/** A work with its metadata, status and review trail, as its uploader and the school's reviewers see it. */
export const resourceViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(RESOURCE_CATEGORIES),
  subject: z.enum(RESOURCE_SUBJECTS),
  description: z.string(),
  authors: z.array(z.string()),
  fileName: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  uploaderId: z.string(),
  uploaderName: z.string(),
  status: z.enum(RESOURCE_STATUSES),
  publicOnSite: z.boolean(),
  schoolYear: z.string(),
  trail: z.array(resourceDecisionSchema),
  createdAt: timestamp,
  publishedAt: timestamp.nullable(),
  version: z.number().int(),
  /** A short-lived URL of the cover image, in listings and detail (null without a cover). */
  coverUrl: z.string().nullable().optional(),
});
export type ResourceView = z.infer<typeof resourceViewSchema>;

/**
 * A work as shown to a reader who is neither its uploader nor one of the school's reviewers or
 * the admins above it: without the review trail (reviewer account ids) and the uploader's id.
 */
export const readerResourceViewSchema = resourceViewSchema.partial({ trail: true, uploaderId: true });
export type ReaderResourceView = z.infer<typeof readerResourceViewSchema>;

/** A resource as stored: the view (without the signed cover URL) plus where its files are and the school's path. */
export const resourceRecordSchema = resourceViewSchema.omit({ coverUrl: true }).extend({
  schoolPath: z.string(),
  uploadKey: z.string(),
  coverKey: z.string().nullable(),
});
export type ResourceRecord = z.infer<typeof resourceRecordSchema>;

/** View and download counters of a work. */
export const resourceCountsSchema = z.object({ views: z.number().int(), downloads: z.number().int() });
export type ResourceCounts = z.infer<typeof resourceCountsSchema>;

/** Opening a work: the view, its counters (null while it is not published) and a playback URL. */
export const openedResourceSchema = z.object({
  resource: readerResourceViewSchema,
  counts: resourceCountsSchema.nullable(),
  playUrl: z.string(),
});

/** A download: an attachment URL and the counters (null while the work is not published). */
export const downloadedResourceSchema = z.object({ url: z.string(), counts: resourceCountsSchema.nullable() });

/** A teacher ranked by published works in a scope (the nation or a province). */
export const contributionSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  schoolName: z.string(),
  published: z.number().int(),
});
export type Contribution = z.infer<typeof contributionSchema>;
export type TopContributor = Contribution;

/** One school's published works this school year against its quota. */
export const quotaRowSchema = z.object({
  orgId: z.string(),
  name: z.string(),
  type: orgTypeSchema,
  quota: z.number().int(),
  published: z.number().int(),
});
export type ResourceQuotaRow = z.infer<typeof quotaRowSchema>;
export const quotaProgressSchema = z.object({ year: z.string(), items: z.array(quotaRowSchema) });
export type QuotaProgress = z.infer<typeof quotaProgressSchema>;

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().nullable() });
export const resourcePageSchema = page(resourceViewSchema);
export const readerResourcePageSchema = page(readerResourceViewSchema);
export const contributionPageSchema = page(contributionSchema);
