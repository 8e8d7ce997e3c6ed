import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { FORMS } from '@trellis/shared/reporting/group-annual-form';
import type { ReportSummary } from '@trellis/shared/reporting/report-view';
import { api } from '#lib/server/api.ts';
import { raise } from '#lib/server/raise.ts';
import { exportReports, exportTotals } from '#lib/server/reporting-xlsx/export.ts';

/** At most this many pages of 50 reports go into one export (10,000 orgs). */
const MAX_PAGES = 200;

/** `?what=reports`: the region's reports table (every page); `?what=totals`: its totals. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
  if (!locals.session) error(401, 'Unauthorized', { code: 'auth.required' });
  const totals = await api('reporting.totals', { params });
  if (!totals.ok) raise(totals);
  const rounds = await api('reporting.listRounds', { params: { orgId: params.orgId } });
  const round = rounds.ok ? rounds.data.items.find((r) => r.id === params.roundId) : undefined;
  const form = FORMS[round?.formId ?? 'group-annual'] ?? FORMS['group-annual']!;
  const year = round?.year ?? 0;
  if (url.searchParams.get('what') === 'totals') {
    const body = await exportTotals(form, totals.data.orgName, year, totals.data.totals);
    return file(body, `${totals.data.orgName}-${year}-汇总.xlsx`);
  }
  const items: ReportSummary[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Awaited<ReturnType<typeof api<'reporting.list'>>> = await api('reporting.list', { params, query: { cursor } });
    if (!page.ok) raise(page);
    items.push(...page.data.items);
    cursor = page.data.cursor;
    if (!cursor) break;
  }
  const body = await exportReports(form, items.map((summary) => ({ summary })));
  return file(body, `${totals.data.orgName}-${year}-报表列表.xlsx`);
};

function file(body: ArrayBuffer, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
}
