import { usccCheckChar } from '@trellis/shared/applications/uscc-check';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { MEMBER_TYPES } from '@trellis/shared/reporting/group-annual-form';

/** A valid unified social credit code for member `n` (enterprises and institutions: 91/12...). */
export function memberCode(n: number): string {
  const first17 = `9137010${String(n).padStart(10, '0')}`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

/**
 * A complete, valid group annual report whose figures vary with `n` (demo seed, tests,
 * benchmark). Every rule of the form holds (graduates employed in the group <= graduates ...).
 */
export function demoGroupReport(n: number, groupName: string): ReportData {
  const k = (n % 97) + 1;
  const graduates = 300 + k * 7;
  const students = 1200 + k * 31;
  const teachers = 80 + k;
  const memberCount = 3 + (n % 4);
  return {
    groupName,
    foundedYear: 2005 + (n % 15),
    foundedMonth: 1 + (n % 12),
    leadUnits: `${groupName}牵头学校；${groupName}牵头企业`,
    approved: true,
    filed: n % 2 === 0,
    registered: n % 3 === 0,
    legalPersonType: n % 3 === 0 ? 'social_organization' : 'none',
    approvingBody: '山东省教育厅',
    industrySections: n % 2 === 0 ? ['C', 'G'] : ['C', 'F', 'P'],
    industryDivisions: n % 2 === 0 ? ['34', '54'] : ['36'],
    enterpriseAssets: 12000 + k * 10.25,
    enterpriseOutput: 8000.5 + k,
    enterpriseProfitTax: 900 + k * 0.5,
    aboveScaleEnterprises: 10 + (k % 20),
    aboveQuotaEnterprises: 5 + (k % 10),
    aboveScaleShare: 2.5 + (k % 10),
    aboveQuotaShare: 1 + (k % 5),
    employees: 5000 + k * 13,
    directBenefit: 300 + k * 2.75,
    enrolment: 400 + k * 5,
    studentsEnrolled: students,
    graduates,
    employmentRate: 90 + (k % 10),
    employedInGroup: Math.floor(graduates / 3),
    orderTraining: Math.floor(students / 10),
    internsInGroup: Math.floor(students / 5),
    progressedInGroup: Math.floor(graduates / 10),
    staffTrained: 200 + k,
    fullTimeTeachers: teachers,
    teacherPractice: Math.floor(teachers / 2),
    enterpriseStaffTeaching: 20 + (k % 30),
    teacherExchange: 5 + (k % 8),
    sharedEquipmentValue: 1500 + k * 3.5,
    enterpriseInvestment: 600 + k,
    jointTechProjects: k % 12,
    jointResearchProjects: k % 9,
    members: Array.from({ length: memberCount }, (_, i) => ({
      name: `${groupName}成员单位${i + 1}`,
      code: memberCode(n * 10 + i),
      type: MEMBER_TYPES[(n + i) % MEMBER_TYPES.length],
      isLead: i === 0,
      schoolLevel: null,
      province: '山东省',
    })),
  };
}
