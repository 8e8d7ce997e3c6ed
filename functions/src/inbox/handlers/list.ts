import { inboxRoutes } from '@trellis/shared/inbox/routes';
import { route } from '../../access/route';
import { inboxPage } from '../inbox-page';

/** My notices, newest first, with the unread badge count. */
export const handler = route(inboxRoutes.list, ({ input, actor }) => inboxPage(actor().accountId, input.cursor));
