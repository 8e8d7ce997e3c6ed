import { inboxRoutes } from '@trellis/shared/inbox/routes';
import { route } from '../../access/route';
import { recipientNotice } from '../recipient-notice';

/** One notice as its recipient sees it; only recipients can open it (the row's `own` access). */
export const handler = route(inboxRoutes.get, ({ target }) => recipientNotice(target().record));
