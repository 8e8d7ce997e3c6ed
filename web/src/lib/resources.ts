import { RESOURCE_CATEGORIES, RESOURCE_SORTS, type ResourceCategory, type ResourceSort } from '@trellis/shared/resources/categories';
import { RESOURCE_SUBJECTS, type ResourceSubject } from '@trellis/shared/resources/subjects';
import type { MessageKey } from '#lib/i18n/translate.ts';

/** The national org: the widest scope of the published library. */
export const NATIONAL_ORG = 'cvea';

export const categoryKey = (c: ResourceCategory | string) => `res.cat.${c}` as MessageKey;
export const statusKey = (s: string) => `res.status.${s}` as MessageKey;
export const trailKey = (a: string) => `res.trail.${a}` as MessageKey;
export const isCategory = (c: string | null): c is ResourceCategory => RESOURCE_CATEGORIES.some((x) => x === c);
export const isVideo = (contentType: string) => contentType.startsWith('video/');
export { RESOURCE_CATEGORIES };

export { RESOURCE_SUBJECTS };
export const subjectKey = (s: string) => `res.subj.${s}` as MessageKey;
export const isSubject = (s: string | null): s is ResourceSubject => RESOURCE_SUBJECTS.some((x) => x === s);
export const isSort = (s: string | null): s is ResourceSort => RESOURCE_SORTS.some((x) => x === s);
export { RESOURCE_SORTS };
