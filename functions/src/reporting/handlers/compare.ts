import type { Org } from '@trellis/shared/org/org';
import { compareInput } from '@trellis/shared/reporting/schemas';
import { route } from '../../http/route';
import { compareYears } from '../history';

export const handler = route('reporting.compare', compareInput, ({ input, target }) => compareYears(target<Org>().record, input.formId));
