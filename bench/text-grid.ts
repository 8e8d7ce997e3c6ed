/** Tables for benchmark reports: aligned for the console (CJK counts double), Markdown for BENCHMARKS.md. */

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function consoleGrid(all: string[][]): string {
  const widths = (all[0] ?? []).map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  const line = (row: string[]) => row.map((cell, c) => cell + ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell)))).join(' | ');
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('-+-'), ...all.slice(1).map(line)].join('\n');
}

/** `right`: indexes of columns aligned right (numbers). */
export function markdownGrid(all: string[][], right: number[]): string {
  const line = (row: string[]) => `| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  const align = (all[0] ?? []).map((_, c) => (right.includes(c) ? '---:' : '---'));
  return [line(all[0] ?? []), `|${align.join('|')}|`, ...all.slice(1).map(line)].join('\n');
}
