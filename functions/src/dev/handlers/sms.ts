import { devRoutes } from '@trellis/shared/dev/routes';
import { route } from '../../access/route';
import { sinkInbox } from '../sms-inbox';

/** Local stack only: what the SMS sink would have sent. */
export const handler = route(devRoutes.sms, () => sinkInbox());
