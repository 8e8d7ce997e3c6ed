import type { Org } from '@trellis/shared/org/org';
import { orgIdParams } from '@trellis/shared/org/schemas';
import { route } from '../../http/route';
import { quotaProgress } from '../quotas';

export const handler = route('resources.quotas', orgIdParams, ({ target }) => quotaProgress(target<Org>().record));
