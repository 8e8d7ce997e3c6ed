import { applicationsRoutes } from '@trellis/shared/applications/routes';
import { type ApplicationPublicView } from '@trellis/shared/applications/schemas';
import { getApplication } from '../../adapters/dynamodb/application/application-store';
import { NotFound } from '../../errors';
import { route } from '../../access/route';

/** The applicant's public status page: the number is the (unguessable) capability. */
export const handler = route(applicationsRoutes.status, async ({ input }) => {
  const app = await getApplication(input.number.toLowerCase());
  if (!app) throw new NotFound('application.not_found');
  const view: ApplicationPublicView = {
    number: app.number, name: app.name, parentName: app.parentName, status: app.status, submittedAt: app.submittedAt,
    decidedAt: app.decidedAt, reason: app.status === 'rejected' ? app.reason : null, orgSlug: app.orgSlug,
  };
  return view;
});
