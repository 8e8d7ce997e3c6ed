import { describe, expect, it } from 'vitest';
import type { Org } from '@trellis/shared/orgs/org';
import { openRoundInput, type ReportRound } from '@trellis/shared/reporting/rounds';
import { getOrg } from '../../functions/src/adapters/dynamodb/org/org-store';
import { readCounters } from '../../functions/src/adapters/dynamodb/report/report-counter-store';
import { getRound } from '../../functions/src/adapters/dynamodb/report-round/report-round-store';
import type { Acting } from '../../functions/src/reporting/acting';
import { writeExpectedReports } from '../../functions/src/reporting/expected-reports';
import { finishOpening, openRound as openRoundNow, resumeOpenings } from '../../functions/src/reporting/open-round';
import { call, loginAs, uniqueSuffix } from './api-client';
import { cityWithGroups, getReport, sample, save } from './reporting-fixture';

const WINDOW = { opensOn: '2020-01-01', closesOn: '2099-12-31' };
const body = (year: number) => ({ formId: 'group-annual', year, ...WINDOW, remindDaysBeforeClose: [7, 1], orgTypes: ['group'] });

async function progress(token: string, orgId: string, roundId: string) {
  const res = await call('reporting.progress', { params: { orgId, roundId }, token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.region.progress as { expected: number; states: Record<string, number> };
}

/** Opens a round in-process with a fault: the call "dies" (like a Lambda timeout) before its second chunk of reports. */
async function openThatDies(cityId: string, year: number) {
  const nation = await loginAs('admin');
  const accountId = (await call('auth.me', { token: nation })).body.account.id as string;
  const acting: Acting = { actor: { accountId, accountStatus: 'active', grants: [] }, name: '全国管理员', depth: 1 };
  const input = openRoundInput.parse({ orgId: cityId, ...body(year) });
  const dying = openRoundNow(acting, (await getOrg(cityId))!, input, new Date(), {
    maxItemsPerTransaction: 6, // one report (and its 4 regions' counters) per transaction
    beforeChunk: (n) => { if (n >= 2) throw new Error('Task timed out'); },
  });
  await expect(dying).rejects.toThrow('Task timed out');
  return { nation, roundId: `group-annual-${year}` };
}

async function existing(token: string, groups: { id: string }[], roundId: string) {
  const got = await Promise.all(groups.map((g) => call('reporting.get', { params: { orgId: g.id, roundId }, token })));
  return groups.filter((_, i) => got[i]!.status === 200);
}

describe('reporting: opening a round is safe to repeat and resumable', () => {
  it('two concurrent opens make one round; a later open or resume never resets a saved draft or the counters', async () => {
    const { cityId, groups } = await cityWithGroups(3);
    const nation = await loginAs('admin');
    const opens = await Promise.all([1, 2].map(() => call('reporting.openRound', { params: { orgId: cityId }, token: nation, body: body(2048) })));
    expect(opens.map((r) => r.status).sort(), JSON.stringify(opens.map((r) => r.body))).toEqual([200, 201]);
    const created = opens.find((r) => r.status === 201)!.body;
    expect(created).toMatchObject({ id: 'group-annual-2048', status: 'open', expected: 3 });

    const g = groups[0]!;
    const draft = await save(nation, g.id, created.id, sample(3, g.name));
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.version).toBe(1);

    const again = await call('reporting.openRound', { params: { orgId: cityId }, token: nation, body: body(2048) });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: created.id, status: 'open', expected: 3 });
    // A resume that still saw the round `opening` (it became open meanwhile) writes nothing over it either.
    await finishOpening({ ...(await getRound(created.id))!, status: 'opening' });

    const after = await getReport(nation, g.id, created.id);
    expect(after.version).toBe(1);
    expect(after.data.groupName).toBe(g.name);
    expect(after.trail.map((e) => e.action)).toEqual(['open']);
    expect(await progress(nation, cityId, created.id)).toMatchObject({ expected: 3, states: { draft: 3 } });
  });

  it('an open that died leaves the round `opening`: saves and submits are refused, a retried open finishes it exactly', async () => {
    const { cityId, groups } = await cityWithGroups(4);
    const { nation, roundId } = await openThatDies(cityId, 2049);
    expect((await getRound(roundId))?.status).toBe('opening');
    const written = await existing(nation, groups, roundId);
    expect(written).toHaveLength(1);

    const refused = await save(nation, written[0]!.id, roundId, { graduates: 1 }, 0);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('round.opening');
    const submit = await call('reporting.submit', { params: { orgId: written[0]!.id, roundId }, token: nation, body: {} });
    expect(submit.status).toBe(409);
    expect(submit.body.error.code).toBe('round.opening');
    expect((await getReport(nation, written[0]!.id, roundId)).version).toBe(0);

    const retried = await call('reporting.openRound', { params: { orgId: cityId }, token: nation, body: body(2049) });
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toMatchObject({ id: roundId, status: 'open', expected: 4 });
    expect(await existing(nation, groups, roundId)).toHaveLength(4);
    for (const g of groups) expect((await getReport(nation, g.id, roundId)).trail.map((e) => e.action)).toEqual(['open']);
    expect(await progress(nation, cityId, roundId)).toMatchObject({ expected: 4, states: { draft: 4 } });
    expect(await progress(nation, 'sd', roundId)).toMatchObject({ expected: 4, states: { draft: 4 } });
    expect((await save(nation, groups[1]!.id, roundId, { graduates: 1 }, 0)).status).toBe(200);
  });

  it('the scheduled job finishes a round left `opening`', async () => {
    const { cityId, groups } = await cityWithGroups(3);
    const { nation, roundId } = await openThatDies(cityId, 2050);
    expect(await existing(nation, groups, roundId)).toHaveLength(1);
    expect(await resumeOpenings()).toContain(roundId);
    expect((await getRound(roundId))?.status).toBe('open');
    expect(await existing(nation, groups, roundId)).toHaveLength(3);
    expect(await progress(nation, cityId, roundId)).toMatchObject({ expected: 3, states: { draft: 3 } });
    const rounds = await call('reporting.listRounds', { params: { orgId: cityId }, token: nation });
    expect(rounds.body.items.find((r: { id: string }) => r.id === roundId)?.status).toBe('open');
  });

  it('full-size transactions (up to 100 items) write 300 reports and count each once, also when run twice', async () => {
    const s = uniqueSuffix();
    const region = `bulk${s}`.toLowerCase().replace(/[^a-z0-9]/g, '');
    const orgs = Array.from({ length: 300 }, (_, i) => ({ id: `${region}-g${i}`, name: `批量集团${i}`, type: 'group', path: `/cvea/sd/${region}/${region}-g${i}/`, status: 'active' }) as Org);
    const round: ReportRound = {
      id: `bulk-${region}`, formId: 'group-annual', year: 2054, ...WINDOW, remindDaysBeforeClose: [], orgTypes: ['group'], scopeOrgId: 'cvea', scopePath: '/cvea/',
      expected: 300, createdAt: new Date().toISOString(), createdBy: 'u-test', status: 'opening',
    };
    const chunks: number[] = [];
    await writeExpectedReports(round, orgs, { beforeChunk: (n) => chunks.push(n) });
    await writeExpectedReports(round, orgs);
    expect(chunks.length).toBeLessThan(16); // 8 shard lanes, ~37 reports each: one or two transactions per lane
    const counts = (await readCounters('progress', round.id, [region, 'sd'])).get(region)!.progress;
    expect(counts).toMatchObject({ expected: 300, st_draft: 300 });
  });
});
