import type { Catalogue } from './catalogue';
import type { Lang } from './lang';

/**
 * The active locale's catalogue, imported on demand: Vite puts each locale in its own chunk, so a
 * page's JavaScript carries only the locale it shows. The root layout's load calls this.
 */
export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  return lang === 'en' ? (await import('./en/index')).en : (await import('./zh/index')).zh;
}
