import type { Org } from '@trellis/shared/orgs/org';
import { expectedByRegion, isRoundOpening, roundIdOf, type OpenRoundInput, type ReportRound } from '@trellis/shared/reporting/rounds';
import { NATIONAL_DEPTH } from '@trellis/shared/reporting/states';
import { allOrgsFromPath } from '../adapters/dynamodb/org/org-tree-reads';
import { getRound, listRounds, markRoundOpen, putRound } from '../adapters/dynamodb/report-round/report-round-store';
import { AccessDenied } from '../errors';
import type { Acting } from './acting';
import { writeExpectedReports, type FanOutOptions } from './expected-reports';

/** Orgs of the round's types in the scope (the scope org included), active ones only. */
async function expectedOrgs(scopePath: string, types: readonly string[]): Promise<Org[]> {
  return (await allOrgsFromPath(scopePath)).filter((o) => types.includes(o.type) && o.status === 'active');
}

/**
 * Writes whatever expected reports of an `opening` round are missing (each with its progress
 * counts, never over an existing report), then marks the round `open`. Safe to run again,
 * also concurrently: an open call that died mid-way is finished by a retry or the scheduled job.
 */
export async function finishOpening(round: ReportRound, orgs?: Org[], options?: FanOutOptions): Promise<ReportRound> {
  const list = orgs ?? (await expectedOrgs(round.scopePath, round.orgTypes));
  await writeExpectedReports(round, list, options);
  return (await markRoundOpen(round.id, list.length)) ?? round;
}

/**
 * The national admin opens a round. The round is stored first (conditionally, `opening`: of
 * two concurrent opens exactly one creates it; the other gets the same round back), then
 * every expected report is created as an empty draft with its progress counts, then the
 * round becomes `open`. Saves and submits are refused while it is `opening`.
 */
export async function openRound(acting: Acting, scope: Org, input: OpenRoundInput, now = new Date(), options?: FanOutOptions): Promise<{ round: ReportRound; created: boolean }> {
  if (acting.depth !== NATIONAL_DEPTH) throw new AccessDenied();
  const id = roundIdOf(input.formId, input.year);
  const existing = await getRound(id);
  if (existing) return { round: isRoundOpening(existing) ? await finishOpening(existing, undefined, options) : existing, created: false };
  const orgs = await expectedOrgs(scope.path, input.orgTypes);
  const round: ReportRound = {
    id, formId: input.formId, year: input.year, opensOn: input.opensOn, closesOn: input.closesOn,
    remindDaysBeforeClose: input.remindDaysBeforeClose, orgTypes: input.orgTypes, scopeOrgId: scope.id, scopePath: scope.path,
    expected: orgs.length, expectedByRegion: expectedByRegion(orgs.map((o) => o.path)), createdAt: now.toISOString(), createdBy: acting.actor.accountId, createdByName: acting.name, status: 'opening',
  };
  if (!(await putRound(round))) return { round: (await getRound(id)) ?? round, created: false };
  return { round: await finishOpening(round, orgs, options), created: true };
}

/** The scheduled job: finishes every round left `opening` by an open call that died. */
export async function resumeOpenings(): Promise<string[]> {
  const opening = (await listRounds()).filter(isRoundOpening);
  for (const round of opening) await finishOpening(round);
  return opening.map((r) => r.id);
}
