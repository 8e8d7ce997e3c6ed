import type { Catalogue } from './catalogue';
import type { Lang } from './lang';
import { zh } from './zh/index';
import { en } from './en/index';

/** Both locales, for the server only (endpoints translating with tFor; SSR without page data). */
export const SERVER_CATALOGUES: Record<Lang, Catalogue> = { zh, en };
