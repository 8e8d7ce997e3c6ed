import { describe, expect, it } from 'vitest';
import { NO_STORE, SHARED_CACHE, cacheHeaderFor } from './edge-cache';

const res = (status: number, headers: Record<string, string>) => new Response(null, { status, headers });

describe('cacheHeaderFor', () => {
  it('keeps a public page shareable', () => {
    expect(cacheHeaderFor(res(200, { 'cache-control': SHARED_CACHE }), false)).toBe(SHARED_CACHE);
  });
  it('makes everything else private: no header, a cookie, a session read, an error', () => {
    expect(cacheHeaderFor(res(200, {}), false)).toBe(NO_STORE);
    expect(cacheHeaderFor(res(200, { 'cache-control': SHARED_CACHE, 'set-cookie': 'a=b' }), false)).toBe(NO_STORE);
    expect(cacheHeaderFor(res(200, { 'cache-control': SHARED_CACHE }), true)).toBe(NO_STORE);
    expect(cacheHeaderFor(res(404, { 'cache-control': SHARED_CACHE }), false)).toBe(NO_STORE);
  });
  it('keeps a route\'s own private header', () => {
    expect(cacheHeaderFor(res(302, { 'cache-control': 'private, max-age=60' }), true)).toBe('private, max-age=60');
  });
});
