import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { unreadRecipients } from '../unread-recipients';

/** Who has not read it yet, optionally under one org of the tree (drill-down). */
export const handler = route(noticesRoutes.unread, ({ input, target }) =>
  unreadRecipients(target().record.notice, input.orgId, input.cursor),
);
