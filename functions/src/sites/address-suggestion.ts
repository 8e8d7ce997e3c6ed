import { pinyin } from 'pinyin-pro';

const PLACE_SUFFIX = new Set(['省', '市', '县', '区']);
const MAX_FULL = 20;
const MAX_SLUG = 40;

/** One lower-case ASCII piece per character of Chinese (its toneless pinyin) and per run of other letters or digits. */
function pieces(name: string): { text: string; zh: boolean }[] {
  const parts = pinyin(name, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true });
  return parts
    .map((p) => ({ text: (p.isZh ? p.pinyin : p.origin).toLowerCase().replace(/[^a-z0-9]/g, ''), zh: p.isZh }))
    .filter((p) => p.text.length > 0);
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
