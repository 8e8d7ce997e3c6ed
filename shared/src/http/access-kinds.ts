import type { Action } from '../access/roles';

/** The access declarations rows use most. */
export const pub = { kind: 'public' } as const;
export const session = { kind: 'session' } as const;
export const onOrg = <A extends Action>(action: A) => ({ kind: 'policy', action, target: 'org', param: 'orgId' }) as const;
