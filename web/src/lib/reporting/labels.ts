import type { Label } from '@trellis/shared/reporting/form-declaration';
import type { ReportState, TrailEntry } from '@trellis/shared/reporting/states';
import { currentLang, t, type MessageKey } from '#lib/i18n/translate.ts';

/** A declaration label in the page's language. */
export function lbl(label: Label | undefined): string {
  if (!label) return '';
  return currentLang() === 'en' ? label.en : label.zh;
}

export const stateLabel = (s: ReportState): string => t(`rep.state.${s}` as MessageKey);
export const actionLabel = (a: TrailEntry['action']): string => t(`rep.action.${a}` as MessageKey);

/**
 * The level someone acted at: the reporting org itself (its own admin, whatever its depth: a
 * group directly under a province is not 市级), else 1 national, 2 province, 3 city.
 */
export function levelLabel(depth: number, orgDepth: number): string {
  if (depth >= orgDepth) return t('rep.level.n');
  return depth <= 3 ? t(`rep.level.${depth}` as MessageKey) : t('rep.level.n');
}

/** `part / whole` as a whole percentage (0 when there is nothing expected). */
export function pct(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/** Numbers with thousands separators, up to 2 decimals. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
