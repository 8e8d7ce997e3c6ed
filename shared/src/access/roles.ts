/** Roles an account can hold at an org. */
export const ROLES = ['admin', 'leader', 'teacher', 'expert', 'correspondent', 'member'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Actions the policy decides. `below` actions apply only to orgs strictly under the org
 * where the role is held (an admin cannot disable their own org and lock themselves out).
 */
export const ACTIONS = {
  'org.read': { roles: ['admin', 'leader', 'teacher', 'expert', 'correspondent', 'member'], below: false },
  'org.create': { roles: ['admin'], below: false },
  'org.update': { roles: ['admin'], below: false },
  'org.disable': { roles: ['admin'], below: true },
  'site.edit': { roles: ['admin', 'correspondent'], below: false },
  'account.read': { roles: ['admin', 'leader'], below: false },
  'account.manage': { roles: ['admin'], below: false },
  'application.decide': { roles: ['admin'], below: false },
} as const satisfies Record<string, { roles: readonly Role[]; below: boolean }>;

export type Action = keyof typeof ACTIONS;

export function roleGrants(role: Role, action: Action): boolean {
  return (ACTIONS[action].roles as readonly Role[]).includes(role);
}
