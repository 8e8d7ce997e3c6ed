import { reportingRoutes } from '@trellis/shared/reporting/routes';
import { route } from '../../access/route';
import { roundsConcerning } from '../rounds-of-org';

/** Rounds that concern the org: its region is inside the round's scope or contains it. */
export const handler = route(reportingRoutes.listRounds, async ({ target }) => ({ items: await roundsConcerning(target().record) }));
