import type { OperationResult } from './operations';
import { formatBreakdown } from './sample-stats';

/** The results as rows of cells, shared by the console table and the Markdown table. */

const HEADERS = [
  'Operation', 'Median ms', 'p95 ms', 'DDB req/call', 'By command', 'Capacity units',
  'Data access alone', 'req/call', 'By command', 'Capacity units', 'Median ms',
];

const requestsCell = (s: OperationResult['viaRoute']) =>
  s.requestsMin === s.requestsMax ? String(s.requests) : `${s.requests} (${s.requestsMin}–${s.requestsMax})`;

function rows(results: OperationResult[]): string[][] {
  return results.map((r) => [
    `${r.id} (${r.route})`,
    r.viaRoute.medianMs.toFixed(1),
    r.viaRoute.p95Ms.toFixed(1),
    requestsCell(r.viaRoute),
    formatBreakdown(r.viaRoute.byCommand),
    String(r.viaRoute.capacityUnits),
    r.direct,
    requestsCell(r.viaDirect),
    formatBreakdown(r.viaDirect.byCommand),
    String(r.viaDirect.capacityUnits),
    r.viaDirect.medianMs.toFixed(1),
  ]);
}

/** Display width: CJK and other wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));

export function consoleTable(results: OperationResult[]): string {
  const all = [HEADERS, ...rows(results)];
  const widths = HEADERS.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c] ?? 0)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(HEADERS), rule, ...rows(results).map(line)].join('\n');
}

export function markdownTable(results: OperationResult[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (row: string[]) => `| ${row.map(escape).join(' | ')} |`;
  const align = HEADERS.map((_, c) => ([1, 2, 3, 5, 7, 9, 10].includes(c) ? '---:' : '---'));
  return [line(HEADERS), `|${align.join('|')}|`, ...rows(results).map(line)].join('\n');
}
