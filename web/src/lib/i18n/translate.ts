import { page } from '$app/state';
import { parseLang, type Lang } from './lang';
import { zh, type MessageKey } from './zh';
import { en } from './en';
import { codesZh } from './codes.zh';
import { codesEn } from './codes.en';

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };
const CODES: Record<Lang, Record<string, string>> = { zh: codesZh, en: codesEn };

export type { MessageKey };

/** The locale of the page being rendered (from the root layout's data). */
export function currentLang(): Lang {
  const data = page.data as { lang?: string } | undefined;
  return parseLang(data?.lang);
}

function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Translates a UI message for the current page's locale. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return interpolate(MESSAGES[currentLang()][key], vars);
}

/** Translates for an explicit locale (server endpoints, which have no page to read it from). */
export function tFor(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return interpolate(MESSAGES[lang][key], vars);
}

/** Translates an API or validation code (`password.too_short`); unknown codes get a generic message. */
export function tCode(code: string | null | undefined): string {
  const dict = CODES[currentLang()];
  if (code && Object.hasOwn(dict, code)) return dict[code] as string;
  if (code?.endsWith('.invalid')) return dict['field.invalid'] as string;
  return dict['error.generic'] as string;
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
