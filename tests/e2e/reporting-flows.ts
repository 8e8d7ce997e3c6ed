import type { Page } from 'playwright-core';
import { GROUP_ANNUAL_FORM } from '../../shared/src/reporting/group-annual-form';
import { memberCode } from '../../dev/demo-reports';

/** Valid answers for the group annual form (every cross-field rule holds), by field key. */
export const VALID: Record<string, string | boolean> = {
  groupName: '山东省现代物流职业教育集团', foundedYear: '2012', foundedMonth: '6', leadUnits: '山东交通职业学院；山东物流集团',
  approved: true, filed: false, registered: false, legalPersonType: 'none', approvingBody: '山东省教育厅',
  enterpriseAssets: '12000.5', enterpriseOutput: '8800', enterpriseProfitTax: '950.25', aboveScaleEnterprises: '12', aboveQuotaEnterprises: '6',
  aboveScaleShare: '3.5', aboveQuotaShare: '1.2', employees: '5200', directBenefit: '320.75',
  enrolment: '420', studentsEnrolled: '1300', graduates: '310', employmentRate: '96.5', employedInGroup: '120', orderTraining: '150',
  internsInGroup: '260', progressedInGroup: '30', staffTrained: '210', fullTimeTeachers: '90', teacherPractice: '40',
  enterpriseStaffTeaching: '25', teacherExchange: '12', sharedEquipmentValue: '640', enterpriseInvestment: '210.5',
  jointTechProjects: '8', jointResearchProjects: '5',
};

/** Fills the report form from the declaration: every field, the industries and one member row. */
export async function fillReport(page: Page, values: Record<string, string | boolean>): Promise<void> {
  for (const def of GROUP_ANNUAL_FORM.fields) {
    const v = values[def.key];
    if (v === undefined) continue;
    if (def.kind === 'boolean') await page.locator(`#rf-${def.key}-${v ? 'yes' : 'no'}`).check();
    else if (def.kind === 'choice') await page.locator(`#rf-${def.key}`).selectOption(String(v));
    else await page.locator(`#rf-${def.key}`).fill(String(v));
  }
}

export async function chooseIndustries(page: Page): Promise<void> {
  await page.locator('input[name="industrySections"][value="G"]').check();
  await page.locator('details', { hasText: 'G 交通运输' }).locator('summary').click();
  await page.locator('input[name="industryDivisions"][value="59"]').check();
}

/** Fills member row `i` (which must be on the page). */
export async function fillMember(page: Page, i: number, name: string, lead: boolean): Promise<void> {
  await page.locator(`#rf-members-${i}-name`).fill(name);
  await page.locator(`#rf-members-${i}-code`).fill(memberCode(900 + i));
  await page.locator(`#rf-members-${i}-type`).selectOption(i === 0 ? 'higher_vocational' : 'enterprise');
  await page.locator(`#rf-members-${i}-isLead-${lead ? 'yes' : 'no'}`).check();
}

/** Writes `values` (field key -> cell text) into the template's main sheet and `members` into its member sheet. */
export async function fillTemplate(bytes: Buffer, values: Record<string, string>, members: (string | null)[][]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const main = book.getWorksheet('填报表')!;
  main.eachRow((row, n) => {
    const key = String(row.getCell(6).value ?? '');
    if (n > 1 && key in values) row.getCell(4).value = values[key]!;
  });
  const sheet = book.getWorksheet('成员单位')!;
  members.forEach((cells, i) => cells.forEach((v, j) => {
    sheet.getRow(i + 2).getCell(j + 1).value = v;
  }));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The valid answers as template cells (是/否, option labels, industry codes). */
export function templateValues(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of GROUP_ANNUAL_FORM.fields) {
    const v = VALID[def.key];
    if (v === undefined) continue;
    if (def.kind === 'boolean') out[def.key] = v ? '是' : '否';
    else if (def.kind === 'choice') out[def.key] = def.options?.find((o) => o.value === v)?.label.zh ?? String(v);
    else out[def.key] = String(v);
  }
  return { ...out, industrySections: 'G', industryDivisions: '59' };
}

export const TEMPLATE_MEMBERS = (): (string | null)[][] => [
  ['山东交通职业学院', memberCode(950), '高职学校', '是', null, '山东省'],
  ['山东物流集团有限公司', memberCode(951), '企业', '否', null, '山东省'],
];
