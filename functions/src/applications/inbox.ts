import type { ApplicationStatus } from '@trellis/shared/applications/schemas';
import { countPending, listApplications } from '../adapters/dynamodb/application/application-store';

/** The approvals inbox: one page of applications with `status` at or under `path`, and the pending count. */
export async function approvalsInbox(path: string, status: ApplicationStatus, cursor?: string) {
  const [page, pending] = await Promise.all([listApplications(status, path, cursor), countPending(path)]);
  return { ...page, counts: { pending } };
}
