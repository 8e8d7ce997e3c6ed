import { SHARED_CACHE } from '@trellis/shared/http/edge-cache';

/**
 * Marks a public site page as cacheable at the edge for a minute (call from its load, before
 * any error; the hook turns it into `private, no-store` on an error, a cookie or a session read).
 */
export function sharedCache(setHeaders: (headers: Record<string, string>) => void): void {
  setHeaders({ 'cache-control': SHARED_CACHE });
}
