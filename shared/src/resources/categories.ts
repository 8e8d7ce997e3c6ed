/** Categories, statuses and orders of the teaching-resource library, without zod, so the browser bundle stays small. */

/** Categories of the teaching-resource library (seed 001 §四). */
export const RESOURCE_CATEGORIES = [
  'micro_course', 'mooc', 'teaching_plan', 'paper', 'research_result', 'student_work', 'school_intro', 'tool_download',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

export const RESOURCE_STATUSES = ['pending', 'returned', 'published', 'taken_down'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const RESOURCE_SORTS = ['newest', 'views'] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];
