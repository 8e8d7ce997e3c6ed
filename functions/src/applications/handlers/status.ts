import { applicationsRoutes } from '@trellis/shared/applications/routes';
import { route } from '../../access/route';
import { applicationStatus } from '../public-status';

/** The applicant's public status page: the number is the (unguessable) capability. */
export const handler = route(applicationsRoutes.status, ({ input }) => applicationStatus(input.number));
