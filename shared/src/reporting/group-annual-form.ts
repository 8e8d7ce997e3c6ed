import type { ColumnDef, FieldDef, FieldKind, FormDeclaration, Label, Unit } from './form-declaration';

/**
 * The vocational-education-group annual statistics form (seed 002 问题四, MISSION §8):
 * basic info, founding, industries (GB/T 4754-2011), enterprise figures, member composition,
 * the year's student and teacher figures, teaching figures.
 */
const L = (zh: string, en: string): Label => ({ zh, en });

function f(section: string, key: string, kind: FieldKind, label: Label, extra: Partial<FieldDef> = {}): FieldDef {
  const unit: Unit | undefined = kind === 'amount' ? '万元' : kind === 'percent' ? '%' : undefined;
  return { key, section, kind, label, required: true, aggregate: 'none', ...(unit ? { unit } : {}), ...extra };
}
const people = (section: string, key: string, label: Label, help?: Label) =>
  f(section, key, 'integer', label, { unit: '人', min: 0, max: 10_000_000, aggregate: 'sum', ...(help ? { help } : {}) });
const amount = (section: string, key: string, label: Label) => f(section, key, 'amount', label, { min: 0, max: 1e12, aggregate: 'sum' });
const percent = (section: string, key: string, label: Label) => f(section, key, 'percent', label, { min: 0, max: 100, aggregate: 'mean' });
const count = (section: string, key: string, unit: Unit, label: Label) => f(section, key, 'integer', label, { unit, min: 0, max: 1_000_000, aggregate: 'sum' });

export const LEGAL_PERSON_TYPES = ['social_organization', 'private_non_enterprise', 'enterprise', 'none'] as const;
export const MEMBER_TYPES = [
  'secondary_vocational', 'higher_vocational', 'university', 'government', 'industry_association', 'enterprise', 'research_institute', 'other',
] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];
export const MEMBER_TYPE_LABELS: Record<MemberType, Label> = {
  secondary_vocational: L('中职学校', 'Secondary vocational school'),
  higher_vocational: L('高职学校', 'Higher vocational school'),
  university: L('本科学校', 'University'),
  government: L('政府部门', 'Government department'),
  industry_association: L('行业协会', 'Industry association'),
  enterprise: L('企业', 'Enterprise'),
  research_institute: L('科研机构', 'Research institute'),
  other: L('其他', 'Other'),
};
export const SCHOOL_LEVELS = ['national_model', 'provincial_model', 'ordinary'] as const;

const memberColumns: ColumnDef[] = [
  { key: 'name', kind: 'text', label: L('成员名称', 'Member name'), required: true, min: 2, max: 80 },
  { key: 'code', kind: 'uscc', label: L('统一社会信用代码', 'Unified social credit code'), required: true,
    help: L('18位统一社会信用代码（原组织机构代码）', '18-character unified social credit code') },
  { key: 'type', kind: 'choice', label: L('单位类型', 'Member type'), required: true,
    options: MEMBER_TYPES.map((value) => ({ value, label: MEMBER_TYPE_LABELS[value] })) },
  { key: 'isLead', kind: 'boolean', label: L('是否为本集团牵头单位', 'Lead unit of the group'), required: true },
  { key: 'schoolLevel', kind: 'choice', label: L('学校级别', 'School level'), required: false,
    help: L('仅学校填写', 'Schools only'),
    options: [
      { value: 'national_model', label: L('国家示范(骨干)校', 'National model school') },
      { value: 'provincial_model', label: L('省级示范校', 'Provincial model school') },
      { value: 'ordinary', label: L('其他', 'Other') },
    ] },
  { key: 'province', kind: 'text', label: L('所在地区', 'Province'), required: false, max: 20 },
];

export const GROUP_ANNUAL_FORM: FormDeclaration = {
  id: 'group-annual',
  version: 1,
  title: L('职业教育集团化办学情况年度统计表', 'Vocational education group annual statistics'),
  sections: [
    { id: 'basic', label: L('基本情况', 'Basic information') },
    { id: 'founding', label: L('集团成立审批情况', 'Founding and legal status') },
    { id: 'industries', label: L('办学覆盖的主要行业', 'Industries covered') },
    { id: 'enterprise', label: L('集团企业情况', 'Enterprise figures') },
    { id: 'members', label: L('成员单位构成情况', 'Member composition') },
    { id: 'students', label: L('本年度学生与教师情况', "The year's students and teachers") },
    { id: 'teaching', label: L('集团教学情况汇总', 'Teaching figures') },
  ],
  fields: [
    f('basic', 'groupName', 'text', L('集团名称', 'Group name'), { min: 2, max: 80 }),
    f('basic', 'foundedYear', 'integer', L('成立时间（年）', 'Founded (year)'), { unit: '年', min: 1950, max: 2100, aggregate: 'none' }),
    f('basic', 'foundedMonth', 'integer', L('成立时间（月）', 'Founded (month)'), { unit: '月', min: 1, max: 12, aggregate: 'none' }),
    f('basic', 'leadUnits', 'text', L('牵头单位名称', 'Lead units'), {
      max: 400, help: L('多个单位用分号隔开', 'Separate several units with semicolons') }),
    f('founding', 'approved', 'boolean', L('经批准成立', 'Founded by approval')),
    f('founding', 'filed', 'boolean', L('经备案成立', 'Founded by filing')),
    f('founding', 'registered', 'boolean', L('经注册成立', 'Founded by registration')),
    f('founding', 'legalPersonType', 'choice', L('法人类型', 'Legal-person type'), {
      help: L('经注册成立的集团须选择法人类型', 'Required for registered groups'),
      options: [
        { value: 'social_organization', label: L('社团法人', 'Social organization') },
        { value: 'private_non_enterprise', label: L('民办非企业法人', 'Private non-enterprise unit') },
        { value: 'enterprise', label: L('企业法人', 'Enterprise') },
        { value: 'none', label: L('非法人', 'Not a legal person') },
      ] }),
    f('founding', 'approvingBody', 'text', L('批准/备案/注册部门名称', 'Approving, filing or registering body'), { min: 2, max: 80 }),
    f('industries', 'industrySections', 'industry_sections', L('办学覆盖的主要行业（门类）', 'Industry sections'), {
      help: L('按照国民经济行业分类（GB/T 4754-2011）选择', 'GB/T 4754-2011 sections') }),
    f('industries', 'industryDivisions', 'industry_divisions', L('行业大类', 'Industry divisions'), {
      required: false, help: L('所选大类须属于已选门类', 'Each division must belong to a chosen section') }),
    amount('enterprise', 'enterpriseAssets', L('集团企业资产总额', 'Total assets of member enterprises')),
    amount('enterprise', 'enterpriseOutput', L('集团企业产值总额', 'Total output of member enterprises')),
    amount('enterprise', 'enterpriseProfitTax', L('集团企业利税总额', 'Total profit and tax of member enterprises')),
    count('enterprise', 'aboveScaleEnterprises', '家', L('集团内规模以上企业数', 'Above-scale enterprises')),
    count('enterprise', 'aboveQuotaEnterprises', '家', L('集团内限额以上企业数', 'Above-quota enterprises')),
    percent('enterprise', 'aboveScaleShare', L('规模以上企业数占本地区规模以上企业比例', 'Share of the region\'s above-scale enterprises')),
    percent('enterprise', 'aboveQuotaShare', L('限额以上企业数占本地区限额以上企业比例', 'Share of the region\'s above-quota enterprises')),
    people('enterprise', 'employees', L('职教集团内职工总数', 'Employees in the group')),
    amount('enterprise', 'directBenefit', L('集团内校企合作产生的直接经济效益', 'Direct economic benefit of school-enterprise cooperation')),
    people('students', 'enrolment', L('招生人数', 'Enrolment')),
    people('students', 'studentsEnrolled', L('在校生数', 'Students enrolled')),
    people('students', 'graduates', L('毕业生数', 'Graduates')),
    percent('students', 'employmentRate', L('就业率', 'Employment rate')),
    people('students', 'employedInGroup', L('到集团内企业就业人数', 'Graduates employed in group enterprises')),
    people('students', 'orderTraining', L('集团内企业订单培养人数', 'Order-based training')),
    people('students', 'internsInGroup', L('到集团内企业实习人数', 'Interns in group enterprises')),
    people('students', 'progressedInGroup', L('对口升入集团内高职人数', 'Progressed to higher vocational schools in the group')),
    people('students', 'staffTrained', L('为集团内企业培训职工人数', 'Enterprise staff trained')),
    people('students', 'fullTimeTeachers', L('专任教师规模', 'Full-time teachers')),
    people('students', 'teacherPractice', L('教师到集团内企业实践人数', 'Teachers practising in group enterprises')),
    people('students', 'enterpriseStaffTeaching', L('集团内企业人员到学校兼职人数', 'Enterprise staff teaching part-time')),
    people('students', 'teacherExchange', L('集团内校际教师互聘人数', 'Teachers exchanged between schools')),
    amount('teaching', 'sharedEquipmentValue', L('集团内共享实习实训设备资产总值', 'Shared training equipment value')),
    amount('teaching', 'enterpriseInvestment', L('集团内企业对学校实训基地建设资金投入总数', 'Enterprise investment in training bases')),
    count('teaching', 'jointTechProjects', '项', L('集团内校企联合开展生产技术攻关项目数', 'Joint production-technology projects')),
    count('teaching', 'jointResearchProjects', '项', L('集团内校企联合开展职教科研项目数', 'Joint vocational-education research projects')),
  ],
  table: { key: 'members', section: 'members', label: L('成员单位', 'Members'), columns: memberColumns, minRows: 1, maxRows: 1000 },
  notAbove: [
    { field: 'employedInGroup', limit: ['graduates'], code: 'report.employed_above_graduates' },
    { field: 'progressedInGroup', limit: ['graduates'], code: 'report.progressed_above_graduates' },
    { field: 'orderTraining', limit: ['studentsEnrolled'], code: 'report.order_above_students' },
    { field: 'internsInGroup', limit: ['studentsEnrolled'], code: 'report.interns_above_students' },
    { field: 'teacherPractice', limit: ['fullTimeTeachers'], code: 'report.practice_above_teachers' },
  ],
};

/** Forms by id (one today). */
export const FORMS: Record<string, FormDeclaration> = { [GROUP_ANNUAL_FORM.id]: GROUP_ANNUAL_FORM };
export const FORM_IDS = [GROUP_ANNUAL_FORM.id] as const;
