import type { RouteId } from '@trellis/shared/http/routes';
import type { Org, Page } from '@trellis/shared/orgs/org';
import { findAccountIdByLogin, getAccountWithMemberships } from '../functions/src/adapters/dynamodb/account/account-store';
import { getApplication } from '../functions/src/adapters/dynamodb/application/application-store';
import type { ApplicationRecord } from '@trellis/shared/applications/application-record';
import { getOrg, listChildOrgs, listSubtreeOrgs } from '../functions/src/adapters/dynamodb/org/org-store';
import { decideApplication } from '../functions/src/applications/decide';
import { login } from '../functions/src/auth/login';
import { actorOf } from '../functions/src/auth/resolve-actor';
import { DEMO_PASSWORD } from '../dev/demo-data';
import { submitApplications } from './applications';
import { measureCall, settle, type CallSample } from './call-meter';
import { countyOf } from './org-names';
import { callRoute, expectStatus, loginToken, randomIp } from './route-call';
import { summarize, type Summary } from './sample-stats';
import type { SeededTree } from './seed-hierarchy';

/** One measured operation: through its route (middleware included) and its data access alone. */
export interface OperationResult {
  id: string;
  label: string;
  route: RouteId;
  /** What the direct measurement calls (the adapter or use case, without the middleware). */
  direct: string;
  viaRoute: Summary;
  viaDirect: Summary;
  /** Items on the page (list operations). */
  items?: number;
}

const ADMIN = 'sd.admin';
const WARMUP = 2;
const PAGE = 20;

async function sample(
  iterations: number,
  fn: (i: number) => Promise<unknown>,
  before: () => Promise<void> = () => Promise.resolve(),
): Promise<Summary> {
  for (let i = 0; i < WARMUP; i++) await fn(i);
  const samples: CallSample[] = [];
  for (let i = 0; i < iterations; i++) {
    await before();
    samples.push(await measureCall(() => fn(WARMUP + i)));
  }
  return summarize(samples);
}

function pageOf(body: unknown): Page<Org> {
  const page = body as Page<Org>;
  if (!Array.isArray(page.items)) throw new Error(`not a page: ${JSON.stringify(body).slice(0, 200)}`);
  return page;
}

interface ListSpec {
  id: string;
  label: string;
  route: 'orgs.children' | 'orgs.subtree';
  org: Org;
  cursor?: string;
  direct: string;
  list: () => Promise<Page<Org>>;
}

async function listOperation(spec: ListSpec, iterations: number): Promise<OperationResult> {
  const token = await loginToken(ADMIN);
  let items = -1;
  const viaRoute = await sample(iterations, async () => {
    const query = spec.cursor ? { cursor: spec.cursor } : undefined;
    const res = await callRoute(spec.route, { token, params: { orgId: spec.org.id }, ...(query ? { query } : {}) });
    items = pageOf(expectStatus(res, 200, spec.route)).items.length;
  });
  const viaDirect = await sample(iterations, () => spec.list());
  return { id: spec.id, label: spec.label, route: spec.route, direct: spec.direct, viaRoute, viaDirect, items };
}

/** The cursor that starts page `page` (1-based) of the subtree listing. */
async function subtreeCursor(path: string, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 1; i < page; i++) {
    const next = (await listSubtreeOrgs(path, cursor)).cursor;
    if (!next) throw new Error(`subtree has fewer than ${page} pages`);
    cursor = next;
  }
  if (!cursor) throw new Error('deep page must be page 2 or later');
  return cursor;
}

async function approveOperation(tree: SeededTree, iterations: number): Promise<OperationResult> {
  const index = tree.associations.length - 1;
  const parent = tree.associations[index];
  if (!parent) throw new Error('no association to apply under');
  const viaRouteIds = await submitApplications(parent, countyOf(index), WARMUP + iterations);
  const directIds = await submitApplications(parent, countyOf(index), WARMUP + iterations);

  const token = await loginToken(ADMIN);
  const viaRoute = await sample(iterations, async (i) => {
    const res = await callRoute('applications.decide', {
      token, params: { applicationId: viaRouteIds[i] ?? '' }, body: { decision: 'approve' },
    });
    const view = expectStatus<{ status: string }>(res, 200, 'applications.decide');
    if (view.status !== 'approved') throw new Error(`decision not recorded: ${JSON.stringify(view)}`);
  }, settle);

  const accountId = await findAccountIdByLogin({ username: ADMIN });
  const loaded = accountId ? await getAccountWithMemberships(accountId) : null;
  const parentOrg = await getOrg(parent.id);
  if (!loaded || !parentOrg) throw new Error('sd.admin or the parent org is missing');
  const actor = actorOf(loaded.account, loaded.memberships);
  const apps: ApplicationRecord[] = [];
  for (const id of directIds) {
    const app = await getApplication(id);
    if (!app) throw new Error(`application ${id} missing`);
    apps.push(app);
  }
  const viaDirect = await sample(iterations, async (i) => {
    const app = apps[i];
    if (!app) throw new Error(`no application #${i}`);
    await decideApplication(actor, app, parentOrg, { applicationId: app.id, decision: 'approve', reason: '' });
  }, settle);
  return {
    id: 'approveApplication', label: `approve an application as ${ADMIN} under ${parent.name} (provisions the org and its admin)`, route: 'applications.decide', direct: 'decideApplication',
    viaRoute, viaDirect,
  };
}

async function loginOperation(iterations: number): Promise<OperationResult> {
  const input = { login: ADMIN, password: DEMO_PASSWORD };
  const viaRoute = await sample(iterations, async () => {
    expectStatus(await callRoute('auth.login', { body: input }), 200, 'auth.login');
  });
  const viaDirect = await sample(iterations, () => login(input, randomIp()));
  return { id: 'login', label: `log in as ${ADMIN} with username and password`, route: 'auth.login', direct: 'login', viaRoute, viaDirect };
}

/** Measures every operation in turn (approvals last: they queue SMS for the stream worker). */
export async function measureOperations(
  tree: SeededTree,
  iterations: number,
  log: (line: string) => void,
): Promise<OperationResult[]> {
  const results: OperationResult[] = [];
  const association = tree.associations[0];
  if (!association) throw new Error('no association seeded');
  const root = tree.root;
  const deepPage = Math.max(2, Math.floor(tree.total / PAGE / 2));
  const deepCursor = await subtreeCursor(root.path, deepPage);

  const lists: ListSpec[] = [
    {
      id: 'listChildrenPage', label: `list children page (${association.name}, ${tree.schools[0]} children)`,
      route: 'orgs.children', org: association, direct: 'listChildOrgs', list: () => listChildOrgs(association.id),
    },
    {
      id: 'listSubtreePage', label: `list subtree page (${root.name}, first page)`,
      route: 'orgs.subtree', org: root, direct: 'listSubtreeOrgs', list: () => listSubtreeOrgs(root.path),
    },
    {
      id: 'listSubtreeDeepPage', label: `list subtree page (${root.name}, page ${deepPage} via cursor)`,
      route: 'orgs.subtree', org: root, cursor: deepCursor, direct: 'listSubtreeOrgs',
      list: () => listSubtreeOrgs(root.path, deepCursor),
    },
  ];
  for (const spec of lists) {
    log(`measuring ${spec.id} ...`);
    results.push(await listOperation(spec, iterations));
  }
  log('measuring login (scrypt N=2^17 per call) ...');
  results.push(await loginOperation(iterations));
  log(`measuring approveApplication (submitting ${2 * (WARMUP + iterations)} applications first) ...`);
  results.push(await approveOperation(tree, iterations));
  return results;
}
