import type { RouteRow } from '@trellis/shared/http/route-row';

/** How much of an offending body a contract failure quotes. */
const EXCERPT = 300;

function excerpt(body: unknown): string {
  const text = body === undefined ? 'undefined' : JSON.stringify(body);
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/**
 * Why a success response breaks its row's declared output, or null if it keeps it: the
 * status must be one the row declares, and the body must parse with that status's schema
 * (204: no body). Non-2xx responses are not the output contract's business.
 */
export function outputViolation(row: Pick<RouteRow, 'id' | 'output'>, status: number, body: unknown): string | null {
  if (status < 200 || status > 299) return null;
  const schema = (row.output as Record<number, RouteRow['output'][200]>)[status];
  const declared = Object.keys(row.output).join(', ');
  if (!schema) return `${row.id}: answered ${status}, which its row does not declare (declares ${declared}); body ${excerpt(body)}`;
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  const issues = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message} [${i.code}]`).join('\n');
  return `${row.id}: the ${status} body does not match its declared output:\n${issues}\nbody ${excerpt(body)}`;
}
