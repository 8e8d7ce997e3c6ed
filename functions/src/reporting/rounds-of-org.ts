import type { Org } from '@trellis/shared/orgs/org';
import { roundConcerns, type ReportRound } from '@trellis/shared/reporting/rounds';
import { listRounds } from '../adapters/dynamodb/report-round/report-round-store';

/** The rounds that concern an org (it is inside their scope or its region contains it), newest year first. */
export async function roundsConcerning(org: Pick<Org, 'path'>): Promise<ReportRound[]> {
  return (await listRounds()).filter((r) => roundConcerns(r, org.path));
}
