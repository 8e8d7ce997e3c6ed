import type { EdgeInvalidation, PublicPathsChange } from '../../ports/edge-invalidation';

/** The most recent changes kept in memory, for tests and the local stack. */
const KEPT = 500;
const recorded: (PublicPathsChange & { at: string })[] = [];

/**
 * Local stack (no CDN): logs each change's paths as one JSON line and keeps the latest in
 * memory, so integration tests read what the domain emitted (`recordedInvalidations`).
 */
export const loggedInvalidation: EdgeInvalidation = {
  invalidate(change: PublicPathsChange) {
    recorded.push({ ...change, paths: [...change.paths], at: new Date().toISOString() });
    if (recorded.length > KEPT) recorded.splice(0, recorded.length - KEPT);
    if (process.env.TRELLIS_QUIET_LOGS !== '1') console.log(JSON.stringify({ edgeInvalidation: change.reason, paths: change.paths }));
    return Promise.resolve();
  },
};

/** The changes recorded in this process, oldest first. */
export function recordedInvalidations(): readonly (PublicPathsChange & { at: string })[] {
  return recorded;
}
