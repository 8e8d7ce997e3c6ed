import { applicationsRoutes } from '@trellis/shared/applications/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { submitApplication } from '../apply';

export const handler = route(applicationsRoutes.apply, async ({ input }) => new Status(201, await submitApplication(input)));
