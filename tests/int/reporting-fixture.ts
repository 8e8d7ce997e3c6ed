import { expect } from 'vitest';
import type { ReportData } from '@trellis/shared/reporting/form-schema';
import type { RegionTotals } from '@trellis/shared/reporting/totals';
import { demoGroupReport } from '../../dev/demo-reports';
import { call, loginAs, uniqueSuffix } from './api-client';

/** Opens a round of the group form for `year` scoped to `scopeOrgId`, as the national admin. */
export async function openRound(year: number, scopeOrgId = 'cvea', window = { opensOn: '2020-01-01', closesOn: '2099-12-31' }) {
  const res = await call('reporting.openRound', {
    params: { orgId: scopeOrgId }, token: await loginAs('admin'),
    body: { formId: 'group-annual', year, ...window, remindDaysBeforeClose: [7, 1], orgTypes: ['group'] },
  });
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body as { id: string; expected: number };
}

export async function getReport(token: string, orgId: string, roundId: string) {
  const res = await call('reporting.get', { params: { orgId, roundId }, token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { state: string; version: number; data: ReportData; trail: { action: string; reason: string | null; byName: string }[]; issues: unknown[]; lockException: boolean; materials: { kind: string; widthPx: number | null }[] };
}

export async function save(token: string, orgId: string, roundId: string, data: ReportData, expectedVersion?: number) {
  const version = expectedVersion ?? (await getReport(token, orgId, roundId)).version;
  return call('reporting.save', { params: { orgId, roundId }, token, body: { expectedVersion: version, data } });
}

/** Fills the report completely and submits it; returns the submitted version. */
export async function fillAndSubmit(token: string, orgId: string, roundId: string, data: ReportData) {
  const saved = await save(token, orgId, roundId, data);
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sub = await call('reporting.submit', { params: { orgId, roundId }, token, body: { expectedVersion: saved.body.version } });
  expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  return sub.body as { state: string; version: number };
}

export function review(action: 'reporting.return' | 'reporting.approve' | 'reporting.unapprove' | 'reporting.accept' | 'reporting.reopen', token: string, orgId: string, roundId: string, reason = '') {
  return call(action, { params: { orgId, roundId }, token, body: { reason } });
}

export async function totals(token: string, orgId: string, roundId: string) {
  const res = await call('reporting.totals', { params: { orgId, roundId }, token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.totals as RegionTotals;
}

/** A fresh city under Shandong with `n` groups (isolated scope for exact counts). */
export async function cityWithGroups(n: number) {
  const token = await loginAs('sd.admin');
  const s = uniqueSuffix();
  const city = await call('orgs.create', { params: { orgId: 'sd' }, token, body: { name: `统计测试市${s}`, type: 'association', region: '山东省' } });
  expect(city.status, JSON.stringify(city.body)).toBe(201);
  const groups: { id: string; name: string }[] = [];
  for (let i = 0; i < n; i++) {
    const name = `统计测试集团${s}-${i}`;
    const g = await call('orgs.create', { params: { orgId: city.body.id }, token, body: { name, type: 'group', region: '山东省' } });
    expect(g.status, JSON.stringify(g.body)).toBe(201);
    groups.push({ id: g.body.id as string, name });
  }
  return { cityId: city.body.id as string, groups };
}

export const sample = demoGroupReport;
