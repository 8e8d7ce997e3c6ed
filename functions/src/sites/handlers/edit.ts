import { sitesRoutes } from '@trellis/shared/sites/routes';
import { route } from '../../access/route';
import { changeOrg } from '../../orgs/update-org';

/** The org edits its public website's introduction and contact. */
export const handler = route(sitesRoutes.edit, ({ input, target }) =>
  changeOrg(target().record, input.expectedVersion, { intro: input.intro, contact: input.contact }),
);
