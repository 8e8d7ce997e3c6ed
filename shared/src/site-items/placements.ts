import type { QueueLine, SiteHome, SiteItemLine, SiteItemView, SiteListCategory } from './schemas';

/** A line on a site's public list (news, notice, or from below). */
export interface PubRow {
  siteId: string;
  category: SiteListCategory;
  line: SiteItemLine;
}

/** A line in a site's review queue. */
export interface QueueRow {
  siteId: string;
  line: QueueLine;
}

/**
 * Everything an item puts on sites besides itself, as a pure function of its state: a
 * published item is listed on every site that published it (and, when it came from below,
 * in that site's 来自各地 feed), and waits in the queue of every site it is recommended to.
 * A draft, a pending or a taken-down item is nowhere. Each write replaces the old rows
 * with the new ones, so a takedown clears every site and a restore brings them all back.
 */
export function derivedRows(item: SiteItemView): { pub: PubRow[]; queue: QueueRow[] } {
  const pub: PubRow[] = [];
  const queue: QueueRow[] = [];
  if (item.status !== 'published') return { pub, queue };
  item.placements.forEach((p, i) => {
    const fromBelow = p.orgId !== item.origin.orgId;
    const line: SiteItemLine = {
      id: item.id, kind: item.kind, title: item.title, summary: item.summary, at: p.publishedAt ?? p.at,
      sourceName: item.origin.orgName, sourceSlug: item.origin.orgSlug, fromBelow,
    };
    if (p.state === 'published') {
      pub.push({ siteId: p.orgId, category: item.kind, line });
      if (fromBelow) pub.push({ siteId: p.orgId, category: 'below', line });
    }
    if (p.state === 'recommended') {
      queue.push({ siteId: p.orgId, line: { ...line, at: p.at, fromName: item.placements[i - 1]?.orgName ?? item.origin.orgName } });
    }
  });
  return { pub, queue };
}

/** The attribute of a site's home item holding one line: `<category>_<itemId>`. */
export function homeAttribute(category: SiteListCategory, itemId: string): string {
  return `${category}_${itemId}`;
}

const newestFirst = (a: SiteItemLine, b: SiteItemLine) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** The home projection's attributes as the three newest-first lists a home page shows. */
export function homeFromAttributes(attrs: Record<string, unknown>, limit: number): SiteHome {
  const pick = (category: SiteListCategory) =>
    Object.entries(attrs)
      .filter(([name]) => name.startsWith(`${category}_`))
      .map(([, value]) => value as SiteItemLine)
      .sort(newestFirst)
      .slice(0, limit);
  return { news: pick('news'), notices: pick('notice'), fromBelow: pick('below') };
}

/** Attribute names beyond the newest `keep` of each category (trimmed after publishing). */
export function homeOverflow(attrs: Record<string, unknown>, keep: number): string[] {
  const out: string[] = [];
  for (const category of ['news', 'notice', 'below'] as const) {
    const entries = Object.entries(attrs)
      .filter(([name]) => name.startsWith(`${category}_`))
      .sort(([, a], [, b]) => newestFirst(a as SiteItemLine, b as SiteItemLine));
    out.push(...entries.slice(keep).map(([name]) => name));
  }
  return out;
}

/** A plain-text summary of sanitized HTML for lists, feeds and meta descriptions. */
export function summarize(html: string, max = 120): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
