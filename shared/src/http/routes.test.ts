import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './routes';

const root = join(import.meta.dirname, '..', '..', '..');
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every method and path the API serves: the web and integrators rely on them (a new route is added here on purpose). */
const SERVED = [
  'DELETE /uploads/{uploadId}',
  'GET /auth/me',
  'GET /dev/sms',
  'GET /me/inbox',
  'GET /me/todo',
  'GET /me/inbox/{noticeId}',
  'GET /me/uploads',
  'GET /notices/{noticeId}',
  'GET /notices/{noticeId}/unread',
  'GET /orgs/{orgId}',
  'GET /orgs/{orgId}/accounts',
  'GET /orgs/{orgId}/applications',
  'GET /orgs/{orgId}/children',
  'GET /orgs/{orgId}/member-units',
  'GET /orgs/{orgId}/member-units/{memberId}',
  'GET /orgs/{orgId}/notices',
  'GET /orgs/{orgId}/published-resources',
  'GET /orgs/{orgId}/report-comparison',
  'GET /orgs/{orgId}/report-rounds',
  'GET /orgs/{orgId}/report-rounds/{roundId}/pending',
  'GET /orgs/{orgId}/report-rounds/{roundId}/progress',
  'GET /orgs/{orgId}/report-rounds/{roundId}/reports',
  'GET /orgs/{orgId}/report-rounds/{roundId}/totals',
  'GET /orgs/{orgId}/reports',
  'GET /orgs/{orgId}/reports/{roundId}',
  'GET /orgs/{orgId}/reports/{roundId}/materials/{uploadId}',
  'GET /orgs/{orgId}/resource-quotas',
  'GET /orgs/{orgId}/resources',
  'GET /orgs/{orgId}/site-items',
  'GET /orgs/{orgId}/site-items/{itemId}',
  'GET /orgs/{orgId}/site-items/{itemId}/images/{imageId}',
  'GET /orgs/{orgId}/site-review',
  'GET /orgs/{orgId}/sms-budget',
  'GET /orgs/{orgId}/subtree',
  'GET /orgs/{orgId}/top-contributors',
  'GET /public/applications/{number}',
  'GET /public/lookup',
  'GET /public/member-applications/{number}',
  'GET /public/orgs/{orgId}/children',
  'GET /public/site-images/{imageId}',
  'GET /public/site-addresses/{slug}',
  'GET /public/site-address-suggestions',
  'GET /public/sites/{slug}',
  'GET /public/sites/{slug}/items',
  'GET /public/sites/{slug}/items/{itemId}',
  'GET /public/sites/{slug}/members',
  'GET /public/sites/{slug}/resources',
  'GET /public/sites/{slug}/resources/{resourceId}',
  'GET /resources/{resourceId}',
  'GET /uploads/{uploadId}/parts',
  'PATCH /accounts/{accountId}',
  'PATCH /orgs/{orgId}',
  'PATCH /orgs/{orgId}/member-units/{memberId}',
  'POST /accounts/{accountId}/password-reset',
  'POST /applications/{applicationId}/decision',
  'POST /auth/captcha',
  'POST /auth/login',
  'POST /auth/logout',
  'POST /auth/password',
  'POST /auth/sms-code',
  'POST /auth/sms-reset',
  'POST /me/inbox/{noticeId}/confirm',
  'POST /me/inbox/{noticeId}/read',
  'POST /me/phone',
  'POST /me/phone/verify',
  'POST /notices/{noticeId}/reminders',
  'POST /orgs/{orgId}/accounts',
  'POST /orgs/{orgId}/accounts/import',
  'POST /orgs/{orgId}/children',
  'POST /orgs/{orgId}/member-units/{memberId}/decision',
  'POST /orgs/{orgId}/member-units/{memberId}/end',
  'POST /orgs/{orgId}/notices',
  'POST /orgs/{orgId}/report-rounds',
  'POST /orgs/{orgId}/report-rounds/{roundId}/reminders',
  'POST /orgs/{orgId}/reports/{roundId}/accept',
  'POST /orgs/{orgId}/reports/{roundId}/approve',
  'POST /orgs/{orgId}/reports/{roundId}/materials',
  'POST /orgs/{orgId}/reports/{roundId}/reopen',
  'POST /orgs/{orgId}/reports/{roundId}/return',
  'POST /orgs/{orgId}/reports/{roundId}/submit',
  'POST /orgs/{orgId}/reports/{roundId}/unapprove',
  'POST /orgs/{orgId}/resources',
  'POST /orgs/{orgId}/site-items',
  'POST /orgs/{orgId}/site-items/{itemId}/approval',
  'POST /orgs/{orgId}/site-items/{itemId}/recommendation',
  'POST /orgs/{orgId}/site-items/{itemId}/restore',
  'POST /orgs/{orgId}/site-items/{itemId}/review',
  'POST /orgs/{orgId}/site-items/{itemId}/takedown',
  'POST /orgs/{orgId}/uploads',
  'POST /public/applications',
  'POST /public/sites/{slug}/member-applications',
  'POST /resources/{resourceId}/download',
  'POST /resources/{resourceId}/review',
  'POST /resources/{resourceId}/takedown',
  'POST /uploads/{uploadId}/complete',
  'POST /uploads/{uploadId}/sign',
  'PUT /me/sms-preferences',
  'PUT /orgs/{orgId}/reports/{roundId}',
  'PUT /orgs/{orgId}/roles/{accountId}',
  'PUT /orgs/{orgId}/site',
  'PUT /orgs/{orgId}/site-items/{itemId}',
  'PUT /orgs/{orgId}/site-address',
  'PUT /orgs/{orgId}/site-settings',
  'PUT /orgs/{orgId}/site-status',
  'PUT /orgs/{orgId}/status',
  'PUT /uploads/{uploadId}/parts/{partNumber}',
];

describe('the route table', () => {
  it('keeps every method and path, and no two rows share one', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...SERVED].sort());
  });

  it('names each route for its capability: id prefix, shared folder, functions folder and handler file agree', () => {
    for (const row of ROUTES) {
      const [capability, key] = [row.id.slice(0, row.id.indexOf('.')), row.id.slice(row.id.indexOf('.') + 1)];
      const folder = kebab(capability);
      expect(row.entry, row.id).toBe(`${folder}/handlers/${kebab(key)}`);
      expect(existsSync(join(root, 'functions', 'src', `${row.entry}.ts`)), row.entry).toBe(true);
      expect(existsSync(join(root, 'shared', 'src', folder, 'routes.ts')), folder).toBe(true);
    }
  });

  it('declares a real output schema for every success status of every route', () => {
    const free = (schema: unknown) => ['unknown', 'any'].includes((schema as { _zod: { def: { type: string } } })._zod.def.type);
    const untyped = ROUTES.filter((r) => Object.values(r.output).some(free)).map((r) => r.id);
    expect(untyped).toEqual([]);
    for (const row of ROUTES) expect(Object.keys(row.output).length, row.id).toBeGreaterThan(0);
  });
});
