import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { senderView } from '../sender-view';

/** The sender's view: the notice and its statistics, from the Query the policy check made. */
export const handler = route(noticesRoutes.get, ({ target }) => Promise.resolve(senderView(target().record)));
