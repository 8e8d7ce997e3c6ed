/**
 * The pages `npm run bench:pages` measures for the seeded demo, and the DynamoDB requests each
 * may cost at most (issue 13), signed in as `sd.admin` unless `anonymous` (for comparison: a public
 * page costs the same with and without a session cookie).
 * tests/e2e/page-budgets.e2e.test.ts asserts the same budgets.
 */
export interface MeasuredPage {
  path: string;
  /** Label in the table. */
  key: string;
  maxDdbRequests: number;
  anonymous?: boolean;
}

export const PAGE_USER = 'sd.admin';

export const MEASURED_PAGES: MeasuredPage[] = [
  { path: '/w', key: '/w', maxDdbRequests: 5 },
  { path: '/w/orgs/sd', key: '/w/orgs/sd', maxDdbRequests: 8 },
  { path: '/w/notices', key: '/w/notices', maxDdbRequests: 5 },
  { path: '/w/reports', key: '/w/reports', maxDdbRequests: 7 },
  { path: '/w/resources', key: '/w/resources', maxDdbRequests: 8 },
  { path: '/o/shandong', key: '/o/shandong (with a cookie)', maxDdbRequests: 3 },
  { path: '/o/shandong', key: '/o/shandong (anonymous)', maxDdbRequests: 3, anonymous: true },
];
