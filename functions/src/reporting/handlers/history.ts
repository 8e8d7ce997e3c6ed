import type { Org } from '@trellis/shared/org/org';
import { orgParams } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { orgHistory } from '../history';

export const handler = route('reporting.history', orgParams, ({ target }) => orgHistory(target<Org>().record));
