import type { PageServerLoad } from './$types';
import { membershipsAllowing } from '#lib/access/actor.ts';

/**
 * The orgs where the session may upload (the API re-checks on create). Everything else happens
 * in the browser: the uploader talks to `./api/...` and to object storage.
 */
export const load: PageServerLoad = ({ locals }) => {
  const session = locals.session;
  const orgs = session ? membershipsAllowing(session, 'upload.create').map((m) => ({ id: m.orgId, name: m.orgName })) : [];
  return { orgs, accountId: session?.account.id ?? '' };
};
