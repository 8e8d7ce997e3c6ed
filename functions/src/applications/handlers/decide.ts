import { decisionInput } from '@trellis/shared/application/schemas';
import type { ApplicationRecord } from '../../adapters/dynamodb/application-store';
import { AccessDenied } from '../../errors';
import { route } from '../../http/route';
import { decideApplication } from '../decide';

export const handler = route('applications.decide', decisionInput, ({ input, target, actor }) => {
  const { record, pathOrgs } = target<ApplicationRecord>();
  const parent = pathOrgs.at(-1);
  if (!parent || parent.id !== record.parentId) throw new AccessDenied();
  return decideApplication(actor(), record, parent, input);
});
