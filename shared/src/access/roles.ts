/** Roles an account can hold at an org. */
export const ROLES = ['admin', 'leader', 'teacher', 'expert', 'correspondent', 'member'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Actions the policy decides. `below` actions apply only to orgs strictly under the org
 * where the role is held (an admin cannot disable their own org and lock themselves out).
 * `onDisabledTarget` actions still apply when the target org itself is disabled, for roles
 * held strictly above it (a superior views and re-enables it; the org's own people cannot);
 * a disabled org above the target still blocks them.
 */
export const ACTIONS = {
  'org.read': { roles: ['admin', 'leader', 'teacher', 'expert', 'correspondent', 'member'], below: false, onDisabledTarget: true },
  'org.create': { roles: ['admin'], below: false, onDisabledTarget: false },
  'org.update': { roles: ['admin'], below: false, onDisabledTarget: false },
  'org.disable': { roles: ['admin'], below: true, onDisabledTarget: true },
  'site.edit': { roles: ['admin', 'correspondent'], below: false, onDisabledTarget: false },
  'account.read': { roles: ['admin', 'leader'], below: false, onDisabledTarget: false },
  'account.manage': { roles: ['admin'], below: false, onDisabledTarget: false },
  'application.decide': { roles: ['admin'], below: false, onDisabledTarget: false },
  'notice.send': { roles: ['admin', 'leader'], below: false, onDisabledTarget: false },
  'resource.review': { roles: ['admin', 'leader'], below: false, onDisabledTarget: false },
  'resource.takedown': { roles: ['admin'], below: true, onDisabledTarget: false },
  'upload.create': { roles: ['admin', 'leader', 'teacher', 'correspondent'], below: false, onDisabledTarget: false },
  'report.read': { roles: ['admin', 'leader'], below: false, onDisabledTarget: true },
  'report.fill': { roles: ['admin'], below: false, onDisabledTarget: false },
  'report.review': { roles: ['admin'], below: true, onDisabledTarget: false },
  'report.round': { roles: ['admin'], below: false, onDisabledTarget: false },
  'report.remind': { roles: ['admin'], below: false, onDisabledTarget: false },
} as const satisfies Record<string, { roles: readonly Role[]; below: boolean; onDisabledTarget: boolean }>;

export type Action = keyof typeof ACTIONS;

export function roleGrants(role: Role, action: Action): boolean {
  return (ACTIONS[action].roles as readonly Role[]).includes(role);
}
