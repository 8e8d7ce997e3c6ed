import { describe, expect, it } from 'vitest';
import { ROUTES } from '@trellis/shared/http/routes';
import { matchRoute } from './gateway';

describe('local gateway routing', () => {
  it('matches every route of the table by method and path', () => {
    for (const route of ROUTES) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x1');
      expect(matchRoute(route.method, path)?.route.id).toBe(route.id);
    }
  });

  it('extracts and decodes path parameters, and refuses unknown paths', () => {
    expect(matchRoute('GET', '/public/sites/shan%20dong')?.params).toEqual({ slug: 'shan dong' });
    expect(matchRoute('GET', '/orgs/sd/children')?.route.id).toBe('orgs.children');
    expect(matchRoute('POST', '/orgs/sd/children')?.route.id).toBe('orgs.create');
    expect(matchRoute('DELETE', '/orgs/sd')).toBeNull();
    expect(matchRoute('GET', '/orgs/sd/children/extra')).toBeNull();
  });
});
