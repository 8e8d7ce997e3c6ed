import { RESOURCE_CATEGORIES, type ResourceCategory } from '@trellis/shared/resources/schemas';
import type { MessageKey } from '#lib/i18n/translate.ts';

/** The national org: the widest scope of the published library. */
export const NATIONAL_ORG = 'cvea';

export const categoryKey = (c: ResourceCategory | string) => `res.cat.${c}` as MessageKey;
export const statusKey = (s: string) => `res.status.${s}` as MessageKey;
export const trailKey = (a: string) => `res.trail.${a}` as MessageKey;
export const isCategory = (c: string | null): c is ResourceCategory => RESOURCE_CATEGORIES.includes(c as ResourceCategory);
export const isVideo = (contentType: string) => contentType.startsWith('video/');
export { RESOURCE_CATEGORIES };
