import { resourcesRoutes } from '@trellis/shared/resources/routes';


import { route } from '../../access/route';
import { quotaProgress } from '../quotas';

export const handler = route(resourcesRoutes.quotas, ({ target }) => quotaProgress(target().record));
