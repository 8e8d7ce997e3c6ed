import { todoRoutes } from '@trellis/shared/todo/routes';
import { route } from '../../access/route';
import { todoSummary } from '../summary';

/** My 待办: unread notices and confirmations due, and per org what waits for me. */
export const handler = route(todoRoutes.summary, ({ actor }) => todoSummary(actor()));
