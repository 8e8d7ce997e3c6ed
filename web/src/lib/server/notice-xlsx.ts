import ExcelJS from 'exceljs';
import type { NoticeStats, NoticeView, UnreadRecipient } from '@trellis/shared/notices/schemas';
import type { Lang } from '#lib/i18n/lang.ts';
import { formatTime, tFor, type MessageKey } from '#lib/i18n/translate.ts';

const PERCENT = '0%';
const rate = (part: number, total: number) => (total > 0 ? part / total : 0);

function depthOf(rows: NoticeStats['byOrg'], orgId: string): number {
  const byId = new Map(rows.map((r) => [r.orgId, r]));
  let depth = 0;
  for (let id = byId.get(orgId)?.parentId; id && byId.has(id) && depth < 64; id = byId.get(id)?.parentId) depth++;
  return depth;
}

function header(sheet: ExcelJS.Worksheet, values: string[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  });
}

/**
 * The statistics of one notice as a workbook: 汇总 / Summary (the notice, totals, by org along
 * the tree with indented names, by role) and 未读名单 / Unread (everyone who has not read it).
 */
export async function noticeWorkbook(lang: Lang, notice: NoticeView, stats: NoticeStats, unread: UnreadRecipient[]): Promise<ArrayBuffer> {
  const t = (key: MessageKey) => tFor(lang, key);
  const label = (prefix: 'role' | 'orgType', value: string) => tFor(lang, `${prefix}.${value}` as MessageKey);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trellis';
  workbook.created = new Date();

  const summary = workbook.addWorksheet(t('stats.sheetSummary'));
  summary.columns = [{ width: 36 }, { width: 26 }, { width: 16 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  summary.addRow([t('notices.noticeTitle'), notice.title]);
  summary.addRow([t('inbox.from'), notice.orgName]);
  summary.addRow([t('notices.publishAt'), formatTime(notice.publishAt, lang)]);
  summary.addRow([t('notices.confirmBy'), notice.confirmBy ? formatTime(notice.confirmBy, lang) : '—']);
  summary.addRow([]);

  const { totals } = stats;
  header(summary, [t('stats.total'), t('stats.read'), t('stats.unread'), t('stats.readRate'), t('stats.confirmed'), t('stats.confirmRate')]);
  const totalsRow = summary.addRow([totals.total, totals.read, totals.total - totals.read, rate(totals.read, totals.total), totals.confirmed, rate(totals.confirmed, totals.total)]);
  totalsRow.getCell(4).numFmt = PERCENT;
  totalsRow.getCell(6).numFmt = PERCENT;
  summary.addRow([]);

  summary.addRow([t('stats.byOrg')]).font = { bold: true, size: 12 };
  header(summary, [t('org.name'), t('stats.parent'), t('org.type'), t('stats.total'), t('stats.read'), t('stats.readRate'), t('stats.confirmed')]);
  const names = new Map(stats.byOrg.map((r) => [r.orgId, r.name]));
  for (const row of stats.byOrg) {
    const line = summary.addRow([
      `${'　'.repeat(depthOf(stats.byOrg, row.orgId))}${row.name}`,
      (row.parentId && names.get(row.parentId)) ?? '',
      label('orgType', row.type),
      row.counts.total,
      row.counts.read,
      rate(row.counts.read, row.counts.total),
      row.counts.confirmed,
    ]);
    line.getCell(6).numFmt = PERCENT;
  }
  summary.addRow([]);

  summary.addRow([t('stats.byRole')]).font = { bold: true, size: 12 };
  header(summary, [t('stats.role'), t('stats.total'), t('stats.read'), t('stats.readRate'), t('stats.confirmed')]);
  for (const row of stats.byRole) {
    const line = summary.addRow([label('role', row.role), row.counts.total, row.counts.read, rate(row.counts.read, row.counts.total), row.counts.confirmed]);
    line.getCell(4).numFmt = PERCENT;
  }

  const list = workbook.addWorksheet(t('stats.sheetUnread'));
  list.columns = [{ width: 16 }, { width: 32 }, { width: 24 }, { width: 16 }];
  header(list, [t('stats.name'), t('org.name'), t('stats.role'), t('stats.verifiedPhone')]);
  for (const person of unread) {
    list.addRow([person.displayName, person.orgName, person.roles.map((r) => label('role', r)).join('、'), person.hasVerifiedPhone ? t('stats.yes') : t('stats.no')]);
  }
  list.views = [{ state: 'frozen', ySplit: 1 }];

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** `attachment` with an ASCII fallback and the real (Chinese) name as RFC 5987 `filename*`. */
export function attachmentDisposition(fileName: string, fallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
