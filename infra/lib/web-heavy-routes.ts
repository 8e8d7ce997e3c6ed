/**
 * The web pages and endpoints that read or write Excel workbooks (exceljs and its zip and
 * stream libraries: about 1 MB minified, more than the rest of the SvelteKit server). CloudFront
 * sends these paths to a second function running the same SvelteKit build with exceljs bundled
 * (web.ts, `XlsxServer`); the main server function's bundle leaves exceljs out, so it stays
 * within its 1,000,000-byte budget. CloudFront path patterns: `*` matches any characters,
 * `/` included; `__data.json` and form actions (`?/import`) share their page's path.
 * web-heavy-routes.test.ts checks every route under web/src/routes that uses an Excel module
 * is covered.
 */
export const XLSX_PATH_PATTERNS = [
  '/w/orgs/*/members/export.xlsx',
  '/w/orgs/*/notices/*/export.xlsx',
  '/w/orgs/*/accounts/import*',
  '/w/reports/*/region/*/export',
  '/w/reports/template/*',
  '/w/reports/*/org/*',
] as const;

/** Whether a CloudFront path pattern matches a request path. */
export function pathPatternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}
