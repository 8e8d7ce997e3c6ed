import { page } from '$app/state';
import type { Catalogue, MessageKey } from './catalogue';
import { parseLang, type Lang } from './lang';

export type { MessageKey };

/**
 * Catalogues by locale on the server (both, registered by hooks.server.ts). The browser never has
 * them here: it reads the active locale's catalogue from the root layout's data.
 */
const serverCatalogues: Partial<Record<Lang, Catalogue>> = {};

/** Called once by hooks.server.ts with both locales, so tFor works in server endpoints. */
export function provideServerCatalogues(catalogues: Record<Lang, Catalogue>): void {
  Object.assign(serverCatalogues, catalogues);
}

/** The locale of the page being rendered (from the root layout's data). */
export function currentLang(): Lang {
  const data = page.data as { lang?: string } | undefined;
  return parseLang(data?.lang);
}

/** The catalogue of the page being rendered: the root layout loads it for the page's locale. */
function pageCatalogue(): Catalogue | undefined {
  const data = page.data as { catalogue?: Catalogue } | undefined;
  return data?.catalogue ?? serverCatalogues[currentLang()];
}

function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Translates a UI message for the current page's locale. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return interpolate(pageCatalogue()?.messages[key] ?? key, vars);
}

/** Translates for an explicit locale (server endpoints, which have no page to read it from). */
export function tFor(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const catalogue = serverCatalogues[lang];
  if (!catalogue) throw new Error('tFor runs on the server only (hooks.server.ts provides the catalogues)');
  return interpolate(catalogue.messages[key], vars);
}

/** Translates an API or validation code (`password.too_short`); unknown codes get a generic message. */
export function tCode(code: string | null | undefined): string {
  const dict: Record<string, string> = pageCatalogue()?.codes ?? {};
  if (code && Object.hasOwn(dict, code)) return dict[code] as string;
  if (code?.endsWith('.invalid') && dict['field.invalid']) return dict['field.invalid'];
  return dict['error.generic'] ?? code ?? '';
}

/** Formats an ISO timestamp as local date and time (China Standard Time). */
export function formatTime(iso: string | null | undefined, lang: Lang = currentLang()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
