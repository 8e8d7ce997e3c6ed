import { noticesRoutes } from '@trellis/shared/notices/routes';


import { route } from '../../access/route';
import { remindUnread } from '../remind';

export const handler = route(noticesRoutes.remind, ({ input, target }) =>
  remindUnread(target().record.notice, input.requestId),
);
