import type { Org } from '@trellis/shared/org/org';
import { editSiteInput } from '@trellis/shared/site/schemas';
import { route } from '../../http/route';
import { changeOrg } from '../update-org';

/** The org edits its public website's introduction and contact. */
export const handler = route('sites.edit', editSiteInput, ({ input, target }) =>
  changeOrg(target<Org>().record, input.expectedVersion, { intro: input.intro, contact: input.contact }),
);
