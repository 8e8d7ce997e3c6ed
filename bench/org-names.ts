import type { OrgType } from '@trellis/shared/orgs/org-types';
import { usccCheckChar } from '@trellis/shared/applications/uscc-check';

/** Realistic names for the benchmark tree: Shandong's county-level divisions and their schools. */

const SHANDONG: Record<string, string[]> = {
  济南市: ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'],
  青岛市: ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市'],
  淄博市: ['淄川区', '张店区', '博山区', '临淄区', '周村区', '桓台县', '高青县', '沂源县'],
  枣庄市: ['市中区', '薛城区', '峄城区', '台儿庄区', '山亭区', '滕州市'],
  东营市: ['东营区', '河口区', '垦利区', '利津县', '广饶县'],
  烟台市: ['芝罘区', '福山区', '牟平区', '莱山区', '蓬莱区', '龙口市', '莱阳市', '莱州市', '招远市', '栖霞市', '海阳市'],
  潍坊市: ['潍城区', '寒亭区', '坊子区', '奎文区', '临朐县', '昌乐县', '青州市', '诸城市', '寿光市', '安丘市', '高密市', '昌邑市'],
  济宁市: ['任城区', '兖州区', '微山县', '鱼台县', '金乡县', '嘉祥县', '汶上县', '泗水县', '梁山县', '曲阜市', '邹城市'],
  泰安市: ['泰山区', '岱岳区', '宁阳县', '东平县', '新泰市', '肥城市'],
  威海市: ['环翠区', '文登区', '荣成市', '乳山市'],
  日照市: ['东港区', '岚山区', '五莲县', '莒县'],
  临沂市: ['兰山区', '罗庄区', '河东区', '沂南县', '郯城县', '沂水县', '兰陵县', '费县', '平邑县', '莒南县', '蒙阴县', '临沭县'],
  德州市: ['德城区', '陵城区', '宁津县', '庆云县', '临邑县', '齐河县', '平原县', '夏津县', '武城县', '乐陵市', '禹城市'],
  聊城市: ['东昌府区', '茌平区', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '临清市'],
  滨州市: ['滨城区', '沾化区', '惠民县', '阳信县', '无棣县', '博兴县', '邹平市'],
  菏泽市: ['牡丹区', '定陶区', '曹县', '单县', '成武县', '巨野县', '郓城县', '鄄城县', '东明县'],
};

export interface County {
  city: string;
  county: string;
}

/** The 136 county-level divisions of Shandong, city by city. */
export const SHANDONG_COUNTIES: readonly County[] = Object.entries(SHANDONG).flatMap(([city, counties]) =>
  counties.map((county) => ({ city, county })),
);

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals for 1..999: 3 -> 三, 12 -> 十二, 23 -> 二十三, 105 -> 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`;
  else if (hundreds && ones) out += '零';
  return out + (DIGITS[ones] ?? '');
}

export interface OrgFields {
  name: string;
  type: OrgType;
  region: string;
  code: string;
}

/** A valid unified social credit code from a running number (social organizations: 52...). */
export function benchCode(n: number): string {
  const first17 = `52370100${String(n).padStart(8, '0')}X`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

export function countyOf(index: number): County {
  const county = SHANDONG_COUNTIES[index % SHANDONG_COUNTIES.length];
  if (!county) throw new Error('no counties');
  return county;
}

/** The county-level association `index` (more than 136 wrap around as numbered branches). */
export function associationFields(index: number, code: number): OrgFields {
  const { city, county } = countyOf(index);
  const round = Math.floor(index / SHANDONG_COUNTIES.length);
  const branch = round > 0 ? `第${chineseNumber(round + 1)}分会` : '';
  return { name: `${city}${county}职业教育学会${branch}`, type: 'association', region: `山东省${city}${county}`, code: benchCode(code) };
}

/** School `n` (1-based) under the association of county `index`: a mix of secondary vocational schools. */
export function schoolFields(index: number, n: number, code: number): OrgFields {
  const { city, county } = countyOf(index);
  const region = `山东省${city}${county}`;
  const num = chineseNumber(n);
  if (n % 9 === 0) return { name: `${city}${county}第${num}技工学校`, type: 'technician_college', region, code: benchCode(code) };
  if (n % 7 === 0) return { name: `${city}${county}第${num}中等职业学校`, type: 'school', region, code: benchCode(code) };
  return { name: `${city}${county}第${num}职业中等专业学校`, type: 'school', region, code: benchCode(code) };
}
