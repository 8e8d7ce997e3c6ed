import { noticesRoutes } from '@trellis/shared/notices/routes';
import { route } from '../../access/route';
import { sentNotices } from '../sent-notices';

/** The notices the org has sent, newest first. */
export const handler = route(noticesRoutes.sent, ({ input, target }) => sentNotices(target().record.id, input.cursor));
