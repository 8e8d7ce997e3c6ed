/**
 * The catalogue files of each locale (`zh/<part>.ts`, `en/<part>.ts`): `common` (the shell, the
 * workspace navigation, labels every page shows and the generic HTTP codes) and one per
 * capability, each with its UI messages and the messages of its API codes. A page loads `common`
 * and the parts its route needs (route-parts.ts).
 */
export const PARTS = [
  'common',
  'auth',
  'orgs',
  'sites',
  'accounts',
  'applications',
  'notices',
  'inbox',
  'uploads',
  'resources',
  'reporting',
  'site-items',
  'members',
  'dev',
  'home',
  'todo',
  'editor',
  'report-form',
  'report-region',
  'labels',
  'resource-new',
  'resource-browse',
  'resource-review',
  'site-item-review',
  'apply',
  'member-apply',
  'member-labels',
  'site-settings',
] as const;

export type Part = (typeof PARTS)[number];
