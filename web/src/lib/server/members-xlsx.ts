import ExcelJS from 'exceljs';
import type { MemberView } from '@trellis/shared/members/schemas';
import type { Lang } from '#lib/i18n/lang.ts';
import { formatTime, tFor, type MessageKey } from '#lib/i18n/translate.ts';

/** The member list as a workbook: one row per member unit, with its contact and join date. */
export async function membersWorkbook(lang: Lang, members: MemberView[]): Promise<ArrayBuffer> {
  const t = (key: MessageKey) => tFor(lang, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trellis';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(t('mem.sheet'));
  sheet.columns = [
    { header: t('mem.number'), width: 20 },
    { header: t('mem.name'), width: 36 },
    { header: t('mem.type'), width: 14 },
    { header: t('mem.code'), width: 22 },
    { header: t('mem.contactPerson'), width: 12 },
    { header: t('mem.phone'), width: 16 },
    { header: t('mem.email'), width: 26 },
    { header: t('mem.address'), width: 36 },
    { header: t('mem.joinedAt'), width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const m of members) {
    sheet.addRow([
      m.number, m.name, tFor(lang, `mem.type.${m.type}` as MessageKey), m.code, m.contactPerson, m.phone, m.email, m.address,
      formatTime(m.joinedAt, lang),
    ]);
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
