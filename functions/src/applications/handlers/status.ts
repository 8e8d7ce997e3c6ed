import { z } from 'zod';
import { applicationNumberSchema, type ApplicationPublicView } from '@trellis/shared/application/schemas';
import { getApplication } from '../../adapters/dynamodb/application-store';
import { NotFound } from '../../errors';
import { route } from '../../http/route';

/** The applicant's public status page: the number is the (unguessable) capability. */
export const handler = route('public.applicationStatus', z.object({ number: applicationNumberSchema }), async ({ input }) => {
  const app = await getApplication(input.number.toLowerCase());
  if (!app) throw new NotFound('application.not_found');
  const view: ApplicationPublicView = {
    number: app.number, name: app.name, parentName: app.parentName, status: app.status, submittedAt: app.submittedAt,
    decidedAt: app.decidedAt, reason: app.status === 'rejected' ? app.reason : null, orgSlug: app.orgSlug,
  };
  return view;
});
