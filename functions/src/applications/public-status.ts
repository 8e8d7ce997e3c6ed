import type { ApplicationPublicView } from '@trellis/shared/applications/schemas';
import { getApplication } from '../adapters/dynamodb/application/application-store';
import { NotFound } from '../errors';

/** What the applicant's status page shows of an application, by its number (no contact details, no hashes). */
export async function applicationStatus(number: string): Promise<ApplicationPublicView> {
  const app = await getApplication(number.toLowerCase());
  if (!app) throw new NotFound('application.not_found');
  return {
    number: app.number, name: app.name, parentName: app.parentName, status: app.status, submittedAt: app.submittedAt,
    decidedAt: app.decidedAt, reason: app.status === 'rejected' ? app.reason : null, orgSlug: app.orgSlug,
    ...(app.slug ? { slug: app.slug } : {}),
  };
}
