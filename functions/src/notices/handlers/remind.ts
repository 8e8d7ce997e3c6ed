import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { remindUnread } from '../remind';

/** Reminds the unread recipients by SMS, once per request id. */
export const handler = route(noticesRoutes.remind, ({ input, target }) => remindUnread(target().record.notice, input.requestId));
