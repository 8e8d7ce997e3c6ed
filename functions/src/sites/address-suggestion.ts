import { PINYIN_GROUPS, PINYIN_WORDS } from './pinyin-table';

const PLACE_SUFFIX = new Set(['省', '市', '县', '区']);
const MAX_FULL = 20;
const MAX_SLUG = 40;

let table: Map<string, string> | null = null;
/** Character -> toneless pinyin, from the table generated from pinyin-pro (dev/pinyin-table.ts). */
function pinyinOf(ch: string): string | undefined {
  table ??= new Map(PINYIN_GROUPS.split('|').flatMap((group) => {
    const [syllable = '', chars = ''] = group.split(':');
    return Array.from(chars, (c) => [c, syllable] as const);
  }));
  return table.get(ch);
}

let words: Map<string, string[]> | null = null;
/** A word read otherwise than character by character (重庆 chong qing) starting at `i`, longest first. */
function wordAt(chars: string[], i: number): { length: number; syllables: string[] } | null {
  words ??= new Map(PINYIN_WORDS.split('|').filter(Boolean).map((entry) => {
    const [w = '', reading = ''] = entry.split(':');
    return [w, reading.split(' ')] as const;
  }));
  for (const length of [3, 2]) {
    const syllables = words.get(chars.slice(i, i + length).join(''));
    if (syllables) return { length, syllables };
  }
  return null;
}

/** One lower-case ASCII piece per character of Chinese (its toneless pinyin) and per run of other letters or digits. */
export function pieces(name: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push({ text: run.toLowerCase(), zh: false });
    run = '';
  };
  const chars = Array.from(name);
  for (let i = 0; i < chars.length; i++) {
    const word = wordAt(chars, i);
    if (word) {
      flush();
      for (const syllable of word.syllables) out.push({ text: syllable, zh: true });
      i += word.length - 1;
      continue;
    }
    const ch = chars[i]!;
    const p = pinyinOf(ch);
    if (p) {
      flush();
      out.push({ text: p, zh: true });
    } else if (/[A-Za-z0-9]/.test(ch)) run += ch;
    else flush();
  }
  flush();
  return out;
}

const trim = (slug: string) => slug.slice(0, MAX_SLUG).replace(/-+$/, '');

/**
 * Readable site addresses for an org name, best first: the whole name in pinyin when short
 * (青岛电子学校 -> qingdaodianzixuexiao), else the place in full and the rest by initials
 * (济南信息工程学校 -> jinan-xxgcxx; a 省/市/县/区 right after the place is left out), then the
 * same with -2 ... -9 for when those are taken. Always valid slugs (shared/src/orgs/schemas.ts).
 */
export function suggestedAddresses(name: string): string[] {
  const chars = Array.from(name.trim());
  const all = pieces(name);
  const full = all.map((p) => p.text).join('');
  const place = all.slice(0, 2).map((p) => p.text).join('');
  const skipSuffix = PLACE_SUFFIX.has(chars[2] ?? '') ? 1 : 0;
  const rest = all.slice(2 + skipSuffix).map((p) => (p.zh ? p.text.charAt(0) : p.text.slice(0, 10))).join('');
  const base = trim(rest ? `${place}-${rest}` : place) || 'org';
  const first = full.length > 0 && full.length <= MAX_FULL ? [full] : [];
  const numbered = Array.from({ length: 8 }, (_, i) => `${base.slice(0, MAX_SLUG - 2)}-${i + 2}`);
  return [...new Set([...first, base, ...numbered])];
}
