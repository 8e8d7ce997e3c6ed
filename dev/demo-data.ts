import { usccCheckChar } from '@trellis/shared/applications/uscc-check';
import type { Role } from '@trellis/shared/access/roles';
import type { OrgType } from '@trellis/shared/orgs/org-types';

/** The demo hierarchy seeded once by the local stack (ids are stable; codes are valid USCCs). */
export interface DemoOrg {
  id: string;
  parent: string | null;
  name: string;
  type: OrgType;
  slug: string;
  region: string;
  intro: string;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  org: string;
  roles: Role[];
  phone?: string;
}

export const DEMO_PASSWORD = 'Trellis-demo-2026';

const intro = (name: string) => `${name}是本地区职业教育工作者的专业组织，致力于推动职业教育教学改革与校企合作。`;

const org = (id: string, parent: string | null, name: string, type: OrgType, slug: string, region: string): DemoOrg => ({
  id, parent, name, type, slug, region, intro: intro(name),
});

export const DEMO_ORGS: DemoOrg[] = [
  org('cvea', null, '中国职业技术教育学会', 'society', 'cvea', '全国'),
  org('cvea-yjzx', 'cvea', '职业教育发展研究中心', 'research_centre', 'yjzx', '全国'),
  org('sd', 'cvea', '山东省职业技术教育学会', 'society', 'shandong', '山东省'),
  org('sd-jn', 'sd', '济南市职业教育学会', 'association', 'jinan', '山东省济南市'),
  org('sd-jn-xxgc', 'sd-jn', '济南信息工程学校', 'school', 'jnxxgc', '山东省济南市'),
  org('sd-jn-jsxy', 'sd-jn', '济南技师学院', 'technician_college', 'jnjsxy', '山东省济南市'),
  org('sd-qd', 'sd', '青岛市职业教育学会', 'association', 'qingdao', '山东省青岛市'),
  org('sd-qd-dzxx', 'sd-qd', '青岛电子学校', 'school', 'qddzxx', '山东省青岛市'),
  org('sd-wljt', 'sd', '山东省现代物流职业教育集团', 'group', 'sdwljt', '山东省'),
  org('gd', 'cvea', '广东省职业技术教育学会', 'society', 'guangdong', '广东省'),
  org('gd-gz', 'gd', '广州市职业教育学会', 'association', 'guangzhou', '广东省广州市'),
  org('gd-gz-jtys', 'gd-gz', '广州市交通运输职业学校', 'school', 'gzjtys', '广东省广州市'),
  org('gd-gz-jsxy', 'gd-gz', '广州市技师学院', 'technician_college', 'gzjsxy', '广东省广州市'),
  org('sc', 'cvea', '四川省职业技术教育学会', 'society', 'sichuan', '四川省'),
  org('sc-cd', 'sc', '成都市职业教育学会', 'association', 'chengdu', '四川省成都市'),
  org('sc-cd-gcxx', 'sc-cd', '成都市工程职业技术学校', 'school', 'cdgcxx', '四川省成都市'),
  org('sc-cd-jsxy', 'sc-cd', '成都技师学院', 'technician_college', 'cdjsxy', '四川省成都市'),
  // Vocational-education groups that file the annual statistics form (reporting demo).
  org('sd-jn-qcjt', 'sd-jn', '济南汽车职业教育集团', 'group', 'jnqcjt', '山东省济南市'),
  org('gd-jtjt', 'gd', '广东交通职业教育集团', 'group', 'gdjtjt', '广东省'),
];

/** A valid unified social credit code derived from a running number (social organizations: 51...). */
export function demoCode(n: number): string {
  const first17 = `5137000050${String(n).padStart(6, '0')}X`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '张国华', org: 'cvea', roles: ['admin'], phone: '+8613800000001' },
  { username: 'sd.admin', displayName: '李明', org: 'sd', roles: ['admin'], phone: '+8613800000002' },
  { username: 'gd.admin', displayName: '陈志强', org: 'gd', roles: ['admin'], phone: '+8613800000003' },
  { username: 'sc.admin', displayName: '刘洋', org: 'sc', roles: ['admin'], phone: '+8613800000004' },
  { username: 'jn.admin', displayName: '赵丽', org: 'sd-jn', roles: ['admin'], phone: '+8613800000005' },
  { username: 'qd.admin', displayName: '孙伟', org: 'sd-qd', roles: ['admin'] },
  { username: 'gz.admin', displayName: '黄敏', org: 'gd-gz', roles: ['admin'] },
  { username: 'cd.admin', displayName: '周杰', org: 'sc-cd', roles: ['admin'] },
  { username: 'jnxx.admin', displayName: '王建国', org: 'sd-jn-xxgc', roles: ['admin', 'leader'], phone: '+8613800000006' },
  { username: 'wang.teacher', displayName: '王芳', org: 'sd-jn-xxgc', roles: ['teacher'], phone: '+8613800000007' },
  { username: 'li.member', displayName: '李娜', org: 'sd-jn-xxgc', roles: ['member'], phone: '+8613800000008' },
  { username: 'wljt.admin', displayName: '钱进', org: 'sd-wljt', roles: ['admin'], phone: '+8613800000009' },
  { username: 'qcjt.admin', displayName: '吴刚', org: 'sd-jn-qcjt', roles: ['admin'], phone: '+8613800000010' },
  { username: 'gdjt.admin', displayName: '郑敏', org: 'gd-jtjt', roles: ['admin'] },
  { username: 'jnxx.editor', displayName: '刘晓燕', org: 'sd-jn-xxgc', roles: ['correspondent'] },
];
