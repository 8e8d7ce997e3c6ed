import { z } from 'zod';
import { roleGrants, type Action, type Role } from '../access/roles';
import { TODO_COUNTERS, type TodoCounter } from './schemas';

/** Which action makes each counter someone's work at an org. */
export const COUNTER_ACTION: Record<TodoCounter, Action> = {
  applications: 'application.decide',
  members: 'member.manage',
  siteItems: 'siteItem.review',
  resources: 'resource.review',
};

/** An org's waiting work as one person may act on it: only the counters their roles there allow. */
export const waitingSchema = z.object({
  applications: z.number().int().min(0).optional(),
  members: z.number().int().min(0).optional(),
  siteItems: z.number().int().min(0).optional(),
  resources: z.number().int().min(0).optional(),
});
export type Waiting = z.infer<typeof waitingSchema>;

/** The counters of a `TODO#` item that `roles` may act on (never below 0). */
export function waitingFor(roles: readonly Role[], counters: Record<string, unknown> | undefined): Waiting {
  const out: Waiting = {};
  for (const c of TODO_COUNTERS) {
    if (!roles.some((r) => roleGrants(r, COUNTER_ACTION[c]))) continue;
    const v = counters?.[c];
    out[c] = typeof v === 'number' && v > 0 ? v : 0;
  }
  return out;
}
