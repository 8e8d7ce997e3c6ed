import { getAccountWithMemberships } from '../adapters/dynamodb/account-store';
import { getApplication } from '../adapters/dynamodb/application-store';
import { getOrg } from '../adapters/dynamodb/org-store';
import { getNoticeWithStats } from '../adapters/dynamodb/notice-store';
import { getUpload } from '../adapters/dynamodb/upload-store';
import { getResourceWithCounts } from '../adapters/dynamodb/resource-store';
import { requireAccountScope } from '../accounts/require-account-scope';
import type { Actor } from '@trellis/shared/access/policy';
import type { Action } from '@trellis/shared/access/roles';
import { rememberOrgPaths } from './org-path-cache';

/**
 * How the policy middleware finds the org a route acts on: from the path parameter,
 * load the record and return its org path. Null means "no such thing" (answered as 403).
 */
export type TargetKind = 'org' | 'account' | 'application' | 'notice' | 'upload' | 'resource';

/**
 * A resolved target: its org path (checked by the policy) and, when one path is not the whole
 * story, `requireScope`, a further policy check the middleware runs with the same actor and
 * action (an account is reached through its home org and every membership).
 */
export interface ResolvedTarget {
  path: string;
  record: unknown;
  requireScope?: (actor: Actor, action: Action) => Promise<void>;
}

export const targetResolvers: Record<TargetKind, (id: string) => Promise<ResolvedTarget | null>> = {
  org: async (id) => {
    const org = await getOrg(id);
    if (org) rememberOrgPaths([org]);
    return org ? { path: org.path, record: org } : null;
  },
  account: async (id) => {
    const loaded = await getAccountWithMemberships(id);
    if (!loaded) return null;
    const scope = { homeOrgPath: loaded.account.homeOrgPath, memberships: loaded.memberships };
    return { path: scope.homeOrgPath, record: loaded, requireScope: (actor, action) => requireAccountScope(actor, action, scope) };
  },
  application: async (id) => {
    const app = await getApplication(id);
    return app ? { path: app.parentPath, record: app } : null;
  },
  resource: async (id) => {
    const found = await getResourceWithCounts(id);
    return found ? { path: found.resource.schoolPath, record: found.resource } : null;
  },
  upload: async (id) => {
    const upload = await getUpload(id);
    return upload ? { path: upload.orgPath, record: upload } : null;
  },
  /** The notice with its counter shards: one Query serves the policy and the statistics. */
  notice: async (id) => {
    const found = await getNoticeWithStats(id);
    return found ? { path: found.notice.orgPath, record: found } : null;
  },
};
