import type { Org } from '@trellis/shared/orgs/org';
import type { MemberType } from '@trellis/shared/members/member-types';
import { usccCheckChar } from '@trellis/shared/applications/uscc-check';
import type { MemberRecord } from '@trellis/shared/members/member-record';
import { claimCodeItem, putMemberItem, putSummaryItem } from '../functions/src/adapters/dynamodb/member/member-store';
import { transact } from '../functions/src/adapters/dynamodb/table/transact';
import { Conflict } from '../functions/src/errors';
import { summaryAfterJoin } from '../functions/src/members/summary';

/** Demo member units of 济南市职业教育学会 (approved), so its member page and home page show some. */
const DEMO_MEMBERS: { name: string; type: MemberType }[] = [
  { name: '山东浪潮软件股份有限公司', type: 'enterprise' },
  { name: '济南二机床集团有限公司', type: 'enterprise' },
  { name: '济南市历城职业中等专业学校', type: 'school' },
  { name: '济南职业学院', type: 'university' },
  { name: '济南市智能制造研究院', type: 'research' },
  { name: '济南市机械行业协会', type: 'association' },
];

function code(n: number): string {
  const first17 = `9137010000${String(n).padStart(6, '0')}X`;
  return first17 + (usccCheckChar(first17) ?? '0');
}

export async function seedDemoMembers(org: Org): Promise<void> {
  let summary = { items: [] as { id: string; name: string; type: MemberType; joinedAt: string }[], total: 0 };
  const items = [];
  for (const [i, m] of DEMO_MEMBERS.entries()) {
    const at = new Date(Date.UTC(2025, 8, 1 + i)).toISOString();
    const number = `HY20250901-DEMO${String(i + 1).padStart(2, '0')}`;
    const record: MemberRecord = {
      id: number.toLowerCase(), number, orgId: org.id, orgName: org.name, orgPath: org.path, orgSlug: org.slug, name: m.name,
      type: m.type, code: code(i + 1), contactPerson: '联络员', phone: '0531-88000000', email: `member${i + 1}@example.cn`,
      address: '山东省济南市', note: '', status: 'approved', submittedAt: at, decidedAt: at, decidedBy: null, reason: null,
      joinedAt: at, endedAt: null, endedBy: null, endReason: null, version: 2,
    };
    items.push(putMemberItem(record, 'new', () => new Conflict('member.exists')), claimCodeItem(org.id, record.code, record.id));
    summary = summaryAfterJoin(summary, record);
  }
  items.push(putSummaryItem(org.id, { items: [], total: 0, version: 0 }, summary));
  try {
    await transact(items);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}
