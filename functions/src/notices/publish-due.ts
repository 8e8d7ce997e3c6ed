import { listDueNotices, moveNotice } from '../adapters/dynamodb/notice-store';
import { publishNotice } from './publish';

/**
 * Publishes scheduled notices whose time has come. Each is claimed with a conditional move
 * (scheduled -> publishing), so two runs never publish the same notice twice.
 */
export async function publishDue(now = new Date()): Promise<number> {
  let published = 0;
  for (const notice of await listDueNotices(now.toISOString())) {
    if (!(await moveNotice(notice.id, 'scheduled', 'publishing'))) continue;
    await publishNotice({ ...notice, status: 'publishing' });
    published += 1;
  }
  return published;
}
