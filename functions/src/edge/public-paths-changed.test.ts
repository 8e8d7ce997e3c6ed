import { describe, expect, it, vi } from 'vitest';
import type { EdgeInvalidation, PublicPathsChange } from '../ports/edge-invalidation';
import { sitesChanged } from './public-paths-changed';

describe('sitesChanged', () => {
  it('sends one change with every site\'s path, nothing when no site changed', async () => {
    const seen: PublicPathsChange[] = [];
    const edge: EdgeInvalidation = { invalidate: (c) => { seen.push(c); return Promise.resolve(); } };
    await sitesChanged('site-closed', ['jinan', 'shandong', 'jinan'], edge);
    await sitesChanged('site-item-recommended', [], edge);
    expect(seen).toEqual([{ reason: 'site-closed', paths: ['/o/jinan*', '/o/shandong*'] }]);
  });

  it('a failing CDN does not fail the change (the 60 s cache lifetime bounds staleness); it is logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const edge: EdgeInvalidation = { invalidate: () => Promise.reject(Object.assign(new Error('x'), { name: 'TooManyInvalidationsInProgress' })) };
    await expect(sitesChanged('site-closed', ['jinan'], edge)).resolves.toBeUndefined();
    expect(String(logged.mock.calls[0]?.[0])).toContain('TooManyInvalidationsInProgress');
    logged.mockRestore();
  });
});
