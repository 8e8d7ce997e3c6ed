import { describe, expect, it } from 'vitest';
import type { MemberView } from '@trellis/shared/members/schemas';
import { summaryAfterEdit, summaryAfterJoin } from './summary';

const member = (n: number): MemberView => ({
  id: `hy20260101-${String(n).padStart(6, '0')}`, number: '', orgId: 'o', orgName: '', name: `单位${n}`, type: 'enterprise',
  code: '', contactPerson: '', phone: '', email: '', address: '', note: '', status: 'approved', submittedAt: '2026-01-01T00:00:00Z',
  decidedAt: null, decidedBy: null, reason: null, joinedAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`, endedAt: null,
  endedBy: null, endReason: null, version: 2,
});

describe('member summary', () => {
  it('keeps the first twelve by join date and counts all', () => {
    let s = { items: [] as { id: string; name: string; type: MemberView['type']; joinedAt: string }[], total: 0 };
    for (let n = 1; n <= 14; n++) s = summaryAfterJoin(s, member(n));
    expect(s.total).toBe(14);
    expect(s.items.map((i) => i.name)).toEqual(Array.from({ length: 12 }, (_, i) => `单位${i + 1}`));
  });

  it('renames a listed member in place', () => {
    const s = summaryAfterJoin({ items: [], total: 0 }, member(1));
    expect(summaryAfterEdit(s, { ...member(1), name: '新名称' }).items[0]?.name).toBe('新名称');
    expect(summaryAfterEdit(s, { ...member(2), name: '无关' }).items[0]?.name).toBe('单位1');
  });
});
