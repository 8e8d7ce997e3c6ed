import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import { addCounters, contribution, toRegionTotals } from '@trellis/shared/reporting/totals';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import { call, loginAs } from './api-client';
import { cityWithGroups, fillAndSubmit, getReport, openRound, review, sample, totals } from './reporting-fixture';

const form = FORMS['group-annual']!;

describe('reporting: races and totals', () => {
  it('submit vs return vs approve on one report: exactly one outcome wins, counters stay consistent', async () => {
    const { cityId, groups } = await cityWithGroups(1);
    const g = groups[0]!;
    const round = await openRound(2041, cityId);
    expect(round.expected).toBe(1);
    const [nation, province] = await Promise.all([loginAs('admin'), loginAs('sd.admin')]);
    for (let i = 0; i < 4; i++) {
      const seen = (await fillAndSubmit(nation, g.id, round.id, sample(i, g.name))).version;
      const at = (action: Parameters<typeof review>[0], token: string, reason = '') =>
        call(action, { params: { orgId: g.id, roundId: round.id }, token, body: { reason, expectedVersion: seen } });
      const results = await Promise.all([
        at('reporting.return', province, '退回'),
        at('reporting.approve', province),
        at('reporting.approve', nation),
        at('reporting.return', nation, '退回'),
        call('reporting.submit', { params: { orgId: g.id, roundId: round.id }, token: nation, body: { expectedVersion: seen } }),
      ]);
      // Everyone decided on the version they saw: exactly one decision commits, the rest get 409.
      const wins = results.filter((r) => r.status === 200);
      expect(wins, JSON.stringify(results.map((r) => [r.status, r.body.state ?? r.body.error?.code]))).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(4);
      const report = await getReport(nation, g.id, round.id);
      expect(report.state).toBe(wins[0]!.body.state);
      expect(report.version).toBe(seen + 1);
      const progress = (await call('reporting.progress', { params: { orgId: cityId, roundId: round.id }, token: province })).body.region.progress;
      expect(progress.expected).toBe(1);
      expect(Object.values(progress.states as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
      expect(progress.states[report.state]).toBe(1);
      expect((await totals(province, cityId, round.id)).reports).toBe(report.state === 'approved' ? 1 : 0);
      if (report.state === 'approved') expect((await review('reporting.unapprove', nation, g.id, round.id, '重来')).status).toBe(200);
    }
  });

  it('without a version, decisions that arrive one after another chain validly and never two from one state', async () => {
    const { groups } = await cityWithGroups(1);
    const g = groups[0]!;
    const round = await openRound(2043, `sd`);
    const [nation, province] = await Promise.all([loginAs('admin'), loginAs('sd.admin')]);
    const submitted = (await fillAndSubmit(nation, g.id, round.id, sample(9, g.name))).version;
    const results = await Promise.all([
      review('reporting.return', province, g.id, round.id, '退回'),
      review('reporting.approve', province, g.id, round.id),
      review('reporting.approve', nation, g.id, round.id),
      call('reporting.submit', { params: { orgId: g.id, roundId: round.id }, token: nation, body: {} }),
    ]);
    const wins = results.filter((r) => r.status === 200).sort((a, b) => a.body.version - b.body.version);
    expect(wins.map((w) => w.body.version)).toEqual(wins.map((_, i) => submitted + 1 + i));
    const trail = (await getReport(nation, g.id, round.id)).trail;
    expect(trail.slice(-wins.length).map((e) => e.action)).toEqual(wins.map((w) => w.body.trail.at(-1).action));
    for (let i = 1; i < trail.length; i++) expect((trail[i] as unknown as { from: string }).from).toBe((trail[i - 1] as unknown as { to: string }).to);
  });

  it('totals always equal the sum over approved reports, after random approve / unapprove sequences', async () => {
    const { cityId, groups } = await cityWithGroups(5);
    const round = await openRound(2042, cityId);
    const [nation, province] = await Promise.all([loginAs('admin'), loginAs('sd.admin')]);
    const data = new Map<string, ReportData>();
    for (const [i, g] of groups.entries()) {
      data.set(g.id, sample(i * 7 + 1, g.name));
      await fillAndSubmit(nation, g.id, round.id, data.get(g.id)!);
    }
    const approved = new Set<string>();
    const expected = () => toRegionTotals(form, [...approved].reduce((acc, id) => addCounters(acc, contribution(form, data.get(id)!)), {} as Record<string, number>));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ g: fc.nat({ max: groups.length - 1 }), op: fc.constantFrom('approve', 'unapprove') }), { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const { g: i, op } of steps) {
          const id = groups[i]!.id;
          if (op === 'approve' && !approved.has(id)) {
            const state = (await getReport(nation, id, round.id)).state;
            if (state === 'returned') await call('reporting.submit', { params: { orgId: id, roundId: round.id }, token: nation, body: {} });
            expect((await review('reporting.approve', province, id, round.id)).status).toBe(200);
            approved.add(id);
          } else if (op === 'unapprove' && approved.has(id)) {
            expect((await review('reporting.unapprove', province, id, round.id, '复核')).status).toBe(200);
            approved.delete(id);
          }
        }
        const want = expected();
        expect(await totals(province, cityId, round.id)).toEqual(want);
        expect((await totals(province, 'sd', round.id)).sums).toEqual(want.sums);
      }),
      { numRuns: 6 },
    );
  });
});
