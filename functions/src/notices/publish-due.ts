import { claimNotice, listDueNotices } from '../adapters/dynamodb/notice/notice-store';
import { publishNotice } from './publish';

/** How long a claimed publish may take before another run resumes it. */
export const RESUME_AFTER_MS = 5 * 60_000;

/**
 * Publishes notices whose time has come: scheduled ones, and publishes that died half-way
 * (resumed, skipping recipients already delivered). Each is claimed with a conditional
 * update first, so two runs never publish the same notice at once.
 */
export async function publishDue(now = new Date()): Promise<number> {
  let published = 0;
  for (const notice of await listDueNotices(now.toISOString())) {
    const resumeAt = new Date(now.getTime() + RESUME_AFTER_MS).toISOString();
    if (!(await claimNotice(notice, resumeAt))) continue;
    await publishNotice({ ...notice, status: 'publishing', dueAt: resumeAt }, undefined, notice.status === 'publishing');
    published += 1;
  }
  return published;
}
