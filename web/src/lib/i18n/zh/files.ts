import type { CataloguePiece } from '../catalogue-part';
import type { Part } from '../parts';

/**
 * The Chinese part files, each imported on demand as its own chunk (load-catalogue.ts imports
 * this map only for a Chinese page). Written out, not globbed: shorter keys in the browser.
 */
export const FILES: Record<Part, () => Promise<Record<string, CataloguePiece>>> = {
  common: () => import('./common'),
  auth: () => import('./auth'),
  orgs: () => import('./orgs'),
  sites: () => import('./sites'),
  accounts: () => import('./accounts'),
  applications: () => import('./applications'),
  notices: () => import('./notices'),
  inbox: () => import('./inbox'),
  uploads: () => import('./uploads'),
  resources: () => import('./resources'),
  reporting: () => import('./reporting'),
  'site-items': () => import('./site-items'),
  members: () => import('./members'),
  dev: () => import('./dev'),
  home: () => import('./home'),
  todo: () => import('./todo'),
  editor: () => import('./editor'),
  'report-form': () => import('./report-form'),
  'report-region': () => import('./report-region'),
  labels: () => import('./labels'),
  'resource-new': () => import('./resource-new'),
  'resource-browse': () => import('./resource-browse'),
  'resource-review': () => import('./resource-review'),
  'site-item-review': () => import('./site-item-review'),
  apply: () => import('./apply'),
  'member-apply': () => import('./member-apply'),
  'member-labels': () => import('./member-labels'),
  'site-settings': () => import('./site-settings'),
};
