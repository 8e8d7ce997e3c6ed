import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { MEASURED_PAGES, PAGE_USER } from '../../bench/page-budgets';
import { pageCost, signIn } from '../../bench/page-cost';

/**
 * The DynamoDB budgets of issue 13 per page view, on the seeded demo signed in as sd.admin,
 * through the web server the browser tests use: the local gateway's meter counts the requests
 * made while serving the page's API calls (deterministic; no timing). Each page is viewed once
 * first, so the containers are warm (org paths, the session's keys), as in `npm run bench:pages`.
 */
describe('page views within their DynamoDB budgets', () => {
  const webUrl = inject('webUrl');
  const apiUrl = inject('apiUrl');

  it('each signed-in page reads the session once and stays within its budget; a public page costs the same with a cookie', async () => {
    const cookie = await signIn(webUrl, PAGE_USER, DEMO_PASSWORD);
    const costs: Record<string, number> = {};
    for (const page of MEASURED_PAGES) {
      const session = page.anonymous ? undefined : cookie;
      await pageCost(webUrl, apiUrl, page.path, session);
      const cost = await pageCost(webUrl, apiUrl, page.path, session);
      costs[page.key] = cost.ddbRequests;
      expect(cost.ddbRequests, `${page.key}: ${JSON.stringify(cost)}`).toBeLessThanOrEqual(page.maxDdbRequests);
      expect(cost.routes.filter((r) => r === 'auth.me').length, page.key).toBe(page.path.startsWith('/o/') ? 0 : 1);
    }
    expect(costs['/o/shandong (with a cookie)']).toBe(costs['/o/shandong (anonymous)']);
  });
});
