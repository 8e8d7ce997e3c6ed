import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors } from '@trellis/shared/http/field-errors';
import { ROUTES, routeById, type AnyRoute, type RouteId } from '@trellis/shared/http/routes';
import { DEMO_PASSWORD } from '../../dev/demo-data';
import { DEMO_PATH_PARAMS, REFINED_FIELDS } from '../contract/demo-fixtures';
import { invalidInputs, type InvalidInput } from '../contract/invalid-inputs';
import { mergedInput } from '../contract/input-wire';
import { inputJsonSchema } from '../contract/json-schema';
import { validInput } from '../contract/valid-input';
import { call, listAll, loginAs } from './api-client';
import { noticeTree } from './notice-fixture';

/**
 * Every route of the table, its cases derived from the row (no per-route entries): a
 * malformed request (each required key missing, a wrong type, a path parameter breaking its
 * schema, a value outside an enum, a bound overstepped) gets 400 with the field errors of
 * the key it broke; for policy routes a well-formed request sampled from the input schema
 * (fixed seed, Shandong's ids as path parameters) gets a Guangdong admin the same 403 the
 * national admin gets for a sampled target id of no record. The refused mutations are checked to have written nothing.
 */
const hasInput = (row: AnyRoute) => Object.keys(inputJsonSchema(row.input).properties ?? {}).length > 0;
const WITH_INPUT = ROUTES.filter(hasInput).map((row) => [row.id, row] as const);
const POLICY = ROUTES.filter((row) => row.access.kind === 'policy').map((row) => [row.id, row] as const);
const DENIED = { error: { code: 'access.denied', message: 'access denied' } };

let fixtures: Record<string, unknown>;
const valid = (id: RouteId) => validInput(routeById(id), fixtures);

/** Shandong records the seed has no fixed id for: li.member's account, a notice Shandong sent (to a private subtree). */
beforeAll(async () => {
  const accounts = await listAll<{ id: string; username: string }>('accounts.list', { params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('admin') });
  const member = accounts.find((a) => a.username === 'li.member');
  if (!member) throw new Error('demo account li.member missing');
  const tree = await noticeTree([{ school: 0, roles: ['teacher'] }], 1);
  const body = { title: '路由矩阵通知', bodyHtml: '<p>正文</p>', targets: { subtrees: [tree.city.id] }, requestId: randomUUID() };
  const notice = await call('notices.create', { params: { orgId: 'sd' }, token: await loginAs('sd.admin'), body });
  if (notice.status !== 201) throw new Error(`notice fixture: ${notice.status} ${JSON.stringify(notice.body)}`);
  fixtures = { ...DEMO_PATH_PARAMS, ...REFINED_FIELDS, accountId: member.id, noticeId: notice.body.id };
});

/** Why a malformed request was not answered 400 with its own schema's field errors (null: it was). */
function wrongAnswer(row: AnyRoute, c: InvalidInput, res: { status: number; body: any }): string | null {
  const parsed = row.input.safeParse(mergedInput(c.wire));
  const expected = c.fields ?? (parsed.success ? {} : fieldErrors(parsed.error.issues));
  const fields: Record<string, string[]> = res.body?.error?.fields ?? {};
  const named = Object.keys(fields).some((f) => f === c.key || f.startsWith(`${c.key}.`));
  if (res.status === 400 && named && JSON.stringify(fields) === JSON.stringify(expected)) return null;
  return `${c.kind} ${c.key} ${JSON.stringify(c.wire).slice(0, 160)}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)} (expected 400 ${JSON.stringify(expected)})`;
}

describe('route matrix', () => {
  it('covers every route of the table: a valid sample for each, malformed ones for each with input', () => {
    const uncovered = ROUTES.filter((row) => {
      const sample = validInput(row, fixtures);
      return hasInput(row) && invalidInputs(row, sample.input).length === 0;
    });
    expect(uncovered.map((r) => r.id)).toEqual([]);
    expect(WITH_INPUT.length + ROUTES.filter((r) => !hasInput(r)).length).toBe(ROUTES.length);
  });

  it.each(WITH_INPUT)('%s: malformed input gets 400 with field errors', async (id, row) => {
    const token = row.access.kind === 'public' ? undefined : await loginAs('admin');
    const cases = invalidInputs(row, validInput(row, fixtures).input);
    expect(cases.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const c of cases) {
      const answer = wrongAnswer(row, c, await call(id, { ...c.wire, token }));
      if (answer) wrong.push(answer);
    }
    expect(wrong).toEqual([]);
  });

  it.each(POLICY)('%s: another province gets 403, like a missing target', async (id, row) => {
    const res = await call(id, { ...validInput(row, fixtures).wire, token: await loginAs('gd.admin') });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body).toEqual(DENIED);
    const { [row.access.kind === 'policy' ? row.access.param : '']: _target, ...others } = fixtures;
    const missing = await call(id, { ...validInput(row, others).wire, token: await loginAs('admin') });
    expect({ status: missing.status, body: missing.body }).toEqual({ status: 403, body: res.body });
  });

  it('wrote nothing for the refused mutations', async () => {
    const token = await loginAs('admin');
    const sd = await call('orgs.get', { params: { orgId: 'sd' }, token });
    expect(sd.body).toMatchObject({ version: 1, region: '山东省', status: 'active' });
    expect(sd.body.siteStatus?.state ?? 'active').toBe('active');
    expect(sd.body.siteSettings).toBeUndefined();
    const jn = await call('orgs.get', { params: { orgId: 'sd-jn' }, token });
    expect(jn.body.status).toBe('active');
    expect(jn.body.siteStatus?.state ?? 'active').toBe('active');
    const newOrg = valid('orgs.create').wire.body as { name: string };
    const children = await listAll<{ name: string }>('orgs.children', { params: { orgId: 'sd' }, token });
    expect(children.map((o) => o.name)).not.toContain(newOrg.name);
    expect((await call('orgs.lookup', { query: { q: newOrg.name } })).body.items).toEqual([]);
    const newAccount = valid('accounts.create').wire.body as { username: string; password: string };
    expect((await call('auth.login', { body: { login: newAccount.username, password: newAccount.password } })).status).toBe(401);
    const school = await listAll<{ username: string; displayName: string }>('accounts.list', { params: { orgId: 'sd-jn-xxgc' }, token });
    expect(school.find((a) => a.username === 'li.member')?.displayName).toBe('李娜');
    expect((await call('auth.login', { body: { login: 'li.member', password: DEMO_PASSWORD } })).status).toBe(200);
    const member = await call('members.get', { params: { orgId: 'sd-jn', memberId: DEMO_PATH_PARAMS.memberId }, token });
    expect(member.body).toMatchObject({ status: 'approved', version: 2, name: '山东浪潮软件股份有限公司' });
    const item = await call('siteItems.get', { params: { orgId: 'sd', itemId: DEMO_PATH_PARAMS.itemId }, token });
    expect(item.body).toMatchObject({ takedown: null, status: 'published' });
  });
});
