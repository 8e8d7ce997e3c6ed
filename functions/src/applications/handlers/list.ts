import { applicationsRoutes } from '@trellis/shared/applications/routes';
import { route } from '../../access/route';
import { approvalsInbox } from '../inbox';

/** The approvals inbox: applications under the org's subtree, with the pending count. */
export const handler = route(applicationsRoutes.list, ({ input, target }) => approvalsInbox(target().record.path, input.status, input.cursor));
