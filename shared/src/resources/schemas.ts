import { z } from 'zod';
import { cursorSchema, idSchema } from '../orgs/schemas';
import { RESOURCE_SUBJECTS, type ResourceSubject } from './subjects';

/** Categories of the teaching-resource library (seed 001 §四). */
export const RESOURCE_CATEGORIES = [
  'micro_course', 'mooc', 'teaching_plan', 'paper', 'research_result', 'student_work', 'school_intro', 'tool_download',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

export type ResourceStatus = 'pending' | 'returned' | 'published' | 'taken_down';

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
  status: z.enum(['pending', 'returned', 'published', 'taken_down']).default('pending'),
  cursor: cursorSchema,
});
export const RESOURCE_SORTS = ['newest', 'views'] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];
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

export interface ResourceDecision {
  at: string;
  by: string;
  action: 'submitted' | 'approved' | 'returned' | 'taken_down';
  reason: string | null;
}

export interface ResourceView {
  id: string;
  title: string;
  category: ResourceCategory;
  subject: ResourceSubject;
  description: string;
  authors: string[];
  fileName: string;
  size: number;
  contentType: string;
  schoolId: string;
  schoolName: string;
  uploaderId: string;
  uploaderName: string;
  status: ResourceStatus;
  publicOnSite: boolean;
  schoolYear: string;
  trail: ResourceDecision[];
  createdAt: string;
  publishedAt: string | null;
  version: number;
  /** A short-lived URL of the cover image, in listings and detail (null without a cover). */
  coverUrl?: string | null;
}

/**
 * A work as shown to a reader who is neither its uploader nor one of the school's reviewers or
 * the admins above it: without the review trail (reviewer account ids) and the uploader's id.
 */
export type ReaderResourceView = Omit<ResourceView, 'trail' | 'uploaderId'> & Partial<Pick<ResourceView, 'trail' | 'uploaderId'>>;
