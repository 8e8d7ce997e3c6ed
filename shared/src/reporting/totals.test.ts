import { describe, expect, it } from 'vitest';
import { demoGroupReport } from '../../../dev/demo-reports';
import { GROUP_ANNUAL_FORM as form } from './group-annual-form';
import { reminderDays, isWindowOpen } from './rounds';
import { aggregatedFields, AGGREGATES, isNumericField, withUnit } from './form-declaration';
import { addCounters, aggregateValue, contribution, shardOf, toRegionTotals, TOTALS_SHARDS } from './totals';

describe('totals', () => {
  it('adds and subtracts a report exactly', () => {
    const a = demoGroupReport(3, '甲集团');
    const b = demoGroupReport(8, '乙集团');
    const sum = addCounters(addCounters({}, contribution(form, a)), contribution(form, b));
    const t = toRegionTotals(form, sum);
    expect(t.reports).toBe(2);
    expect(t.sums.graduates).toBe((a.graduates as number) + (b.graduates as number));
    expect(t.sums.enterpriseAssets).toBeCloseTo((a.enterpriseAssets as number) + (b.enterpriseAssets as number), 6);
    expect(t.counts.graduates).toBe(2);
    expect(t.industrySections.C).toBe(2);
    expect(t.members).toBe((a.members as unknown[]).length + (b.members as unknown[]).length);
    const back = toRegionTotals(form, addCounters(sum, contribution(form, b, -1)));
    expect(back.sums.graduates).toBe(a.graduates);
    expect(back.reports).toBe(1);
  });

  it('follows each field\'s declared aggregation: years are never added, rates are averaged', () => {
    for (const f of form.fields) {
      expect(AGGREGATES, f.key).toContain(f.aggregate);
      if (!isNumericField(f)) expect(f.aggregate, f.key).toBe('none');
      if (f.kind === 'percent') expect(f.aggregate, f.key).toBe('mean');
    }
    expect(form.fields.find((f) => f.key === 'foundedYear')?.aggregate).toBe('none');
    const a = { ...demoGroupReport(3, '甲集团'), employmentRate: 90 };
    const b = { ...demoGroupReport(8, '乙集团'), employmentRate: 95 };
    const t = toRegionTotals(form, addCounters(addCounters({}, contribution(form, a)), contribution(form, b)));
    expect(t.sums.foundedYear).toBeUndefined();
    expect(aggregatedFields(form).map((f) => f.key)).not.toContain('foundedMonth');
    const rate = form.fields.find((f) => f.key === 'employmentRate')!;
    expect(aggregateValue(rate, t)).toBe(92.5);
    expect(aggregateValue(form.fields.find((f) => f.key === 'graduates')!, t)).toBe(((a as Record<string, unknown>).graduates as number) + ((b as Record<string, unknown>).graduates as number));
    expect(aggregateValue(form.fields.find((f) => f.key === 'foundedYear')!, t)).toBeNull();
    expect(aggregateValue(rate, toRegionTotals(form, {}))).toBeNull();
  });

  it('writes a unit once after a label', () => {
    expect(withUnit('成立时间（年）', '年')).toBe('成立时间（年）');
    expect(withUnit('毕业生数', '人')).toBe('毕业生数（人）');
    expect(withUnit('Founded (year)', '年', '成立时间（年）')).toBe('Founded (year)');
    expect(withUnit('Graduates', '人', '毕业生数')).toBe('Graduates（人）');
    expect(withUnit('集团名称', undefined)).toBe('集团名称');
  });

  it('puts an org always in the same shard, spread over all shards', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`g-${i}`)));
    expect(shards.size).toBe(TOTALS_SHARDS);
    expect(shardOf('sd-wljt')).toBe(shardOf('sd-wljt'));
  });

  it('opens the window by China date, inclusive, and lists reminder days', () => {
    const round = { opensOn: '2026-04-01', closesOn: '2026-07-15', remindDaysBeforeClose: [7, 1] };
    expect(isWindowOpen(round, new Date('2026-07-15T15:59:00Z'))).toBe(true);
    expect(isWindowOpen(round, new Date('2026-07-15T16:01:00Z'))).toBe(false);
    expect(reminderDays(round)).toEqual(['2026-07-08', '2026-07-14']);
  });
});
