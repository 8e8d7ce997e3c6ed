import type { RouteRow } from '@trellis/shared/http/route-row';

/**
 * Why a success response does not match what its row declares (null when it does): a status the
 * row does not list, or a body its output schema refuses. Used when CONTRACT_CHECK is on (the
 * browser tests), so a drifted response fails a test, not a user.
 */
export function contractMismatch(route: Pick<RouteRow, 'output'>, status: number, body: unknown): string | null {
  const schema = route.output[status as keyof RouteRow['output']];
  if (!schema) return `status ${status} is not declared`;
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  return parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}
