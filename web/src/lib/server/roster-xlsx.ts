import ExcelJS from 'exceljs';

/** The roster columns of 教师批量导入, by header text (zh as in the template, en accepted too). */
const COLUMNS = {
  username: ['用户名', 'username'],
  displayName: ['姓名', 'name', 'displayname'],
  phone: ['手机号', '手机', 'phone', 'mobile'],
} as const;
type Column = keyof typeof COLUMNS;

export interface RosterRow {
  /** The row number in the sheet (the header is row 1). */
  sheetRow: number;
  username: string;
  displayName: string;
  phone?: string;
}

/** At most this many data rows are read (the API takes 500; one more lets it say rows.too_many). */
const MAX_ROWS = 501;

/**
 * Reads the first sheet of an .xlsx roster. Returns null when the file is not a readable
 * workbook or has no 用户名 / 姓名 header; blank rows are skipped.
 */
export async function parseRoster(data: ArrayBuffer): Promise<RosterRow[] | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  if (!sheet) return null;
  const where: Partial<Record<Column, number>> = {};
  sheet.getRow(1).eachCell((cell, col) => {
    const head = cell.text.trim().toLowerCase();
    for (const [key, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (names.includes(head)) where[key] ??= col;
    }
  });
  if (!where.username || !where.displayName) return null;
  const rows: RosterRow[] = [];
  for (let r = 2; r <= sheet.rowCount && rows.length < MAX_ROWS; r++) {
    const row = sheet.getRow(r);
    const cell = (col: number | undefined) => (col ? row.getCell(col).text.trim() : '');
    const username = cell(where.username);
    const displayName = cell(where.displayName);
    const phone = cell(where.phone);
    if (!username && !displayName && !phone) continue;
    rows.push({ sheetRow: r, username, displayName, ...(phone ? { phone } : {}) });
  }
  return rows;
}

/** The empty template with its header row and one example row. */
export async function rosterTemplate(): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('教师名单');
  sheet.columns = [
    { header: '用户名', key: 'username', width: 20 },
    { header: '姓名', key: 'displayName', width: 16 },
    { header: '手机号', key: 'phone', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(3).numFmt = '@';
  sheet.addRow({ username: 'zhang.san', displayName: '张三', phone: '13800000000' });
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
