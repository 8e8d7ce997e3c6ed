import type ExcelJS from 'exceljs';
import { NO, YES } from './layout';

/** A converted cell: its value, or the message code of why it could not be read. */
export type Converted = { ok: true; value: unknown } | { ok: false; code: string };

/** The plain value of a cell: formulas give their result, rich text its text, blanks null. */
export function rawValue(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) {
    const r = (v as { result?: unknown }).result;
    return typeof r === 'number' || typeof r === 'boolean' || typeof r === 'string' ? r : null;
  }
  const text = cell.text.trim();
  return text === '' ? null : text;
}

const TRUE_WORDS = [YES, 'y', 'yes', 'true', '1', '√'];
const FALSE_WORDS = [NO, 'n', 'no', 'false', '0', '×'];

/** Converts what a person typed into the declared kind (checking the value itself is validation's job). */
export function convert(def: { kind: string; options?: readonly { value: string; label: { zh: string; en: string } }[] }, raw: string | number | boolean | null): Converted {
  if (raw === null) return { ok: true, value: def.kind.startsWith('industry') ? [] : null };
  switch (def.kind) {
    case 'integer': case 'amount': case 'percent': {
      if (typeof raw === 'number') return { ok: true, value: raw };
      const n = Number(String(raw).replace(/[,，\s]/g, '').replace(/%$/, ''));
      return Number.isFinite(n) && String(raw).trim() !== '' ? { ok: true, value: n } : { ok: false, code: 'xlsx.number' };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const w = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.includes(w)) return { ok: true, value: true };
      if (FALSE_WORDS.includes(w)) return { ok: true, value: false };
      return { ok: false, code: 'xlsx.boolean' };
    }
    case 'choice': {
      const w = String(raw).trim();
      const option = def.options?.find((o) => o.label.zh === w || o.label.en.toLowerCase() === w.toLowerCase() || o.value === w);
      return option ? { ok: true, value: option.value } : { ok: false, code: 'xlsx.choice' };
    }
    case 'industry_sections': case 'industry_divisions': {
      const codes = String(raw).split(/[;；,，、\s]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
      // Divisions are two digits: a number cell like 6 means 06.
      return { ok: true, value: [...new Set(def.kind === 'industry_divisions' ? codes.map((c) => c.padStart(2, '0')) : codes)] };
    }
    default:
      return { ok: true, value: String(raw).trim() };
  }
}
