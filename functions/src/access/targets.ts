import type { Actor } from '@trellis/shared/access/policy';
import { getDelivery } from '../adapters/dynamodb/delivery/delivery-store';
import { getAccountWithMemberships } from '../adapters/dynamodb/account/account-store';
import { getApplication } from '../adapters/dynamodb/application/application-store';
import { getOrg } from '../adapters/dynamodb/org/org-store';
import { getSiteItem } from '../adapters/dynamodb/site-item/site-item-store';
import { getNoticeWithStats } from '../adapters/dynamodb/notice/notice-store';
import { getUpload } from '../adapters/dynamodb/upload/upload-store';
import { getResourceWithCounts } from '../adapters/dynamodb/resource/resource-store';
import type { ApplicationRecord } from '@trellis/shared/applications/application-record';
import type { Org } from '@trellis/shared/orgs/org';
import type { Located } from '../http/route-deps';
import { knownOrgPath, rememberOrgPaths } from './org-path-cache';

const located = <R>(path: string, record: R) => ({ path, record });

/**
 * How the authorize middleware finds what a policy route acts on: from the path parameter, the
 * record and its org path. Null means "no such thing" (answered as 403). The map's value types
 * are the target types handlers see (`target().record`), with no casts.
 */
export const targets = {
  /** A known org's path comes from the container's cache: the policy's BatchGet of the path reads the org itself. */
  org: async (id: string): Promise<Located<Org> | null> => {
    const path = knownOrgPath(id);
    if (path) return { path, fromPath: (pathOrgs) => pathOrgs.find((o) => o.id === id) };
    const org = await getOrg(id);
    if (org) rememberOrgPaths([org]);
    return org ? located(org.path, org) : null;
  },
  account: async (id: string) => {
    const loaded = await getAccountWithMemberships(id);
    return loaded ? located(loaded.account.homeOrgPath, loaded) : null;
  },
  /** An application resolves only through its parent: the last org on its parent's path must be that parent. */
  application: async (id: string): Promise<Located<{ application: ApplicationRecord; parent: Org }> | null> => {
    const app = await getApplication(id);
    if (!app) return null;
    const fromPath = (pathOrgs: Org[]) => {
      const parent = pathOrgs.at(-1);
      return parent?.id === app.parentId ? { application: app, parent } : undefined;
    };
    return { path: app.parentPath, fromPath };
  },
  resource: async (id: string) => {
    const found = await getResourceWithCounts(id);
    return found ? located(found.resource.schoolPath, found.resource) : null;
  },
  upload: async (id: string) => {
    const upload = await getUpload(id);
    return upload ? located(upload.orgPath, upload) : null;
  },
  /** The notice with its counter shards: one Query serves the policy and the statistics. */
  notice: async (id: string) => {
    const found = await getNoticeWithStats(id);
    return found ? located(found.notice.orgPath, found) : null;
  },
  /** A site item at its origin org: the author's org and every org above it may see it. */
  siteItem: async (id: string) => {
    const item = await getSiteItem(id);
    return item ? located(item.origin.orgPath, item) : null;
  },
};

/** The `own` access kinds: what a session route acts on only when it is the caller's. */
export const owned = {
  /** The caller's delivery of a notice (they are one of its recipients). */
  delivery: async (actor: Actor, noticeId: string) => {
    const delivery = await getDelivery(actor.accountId, noticeId);
    return delivery ? { path: delivery.orgPath, record: delivery } : null;
  },
};
