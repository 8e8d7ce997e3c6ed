import type { OperationResult } from './operations';
import { formatBreakdown } from './sample-stats';

/**
 * A short reading of the results, checked against the expected costs: one Query per page,
 * one transaction per approval. Anything else is called out as unexpected.
 */

const count = (r: OperationResult['viaDirect'], command: string) => r.byCommand[command] ?? 0;

function listFinding(r: OperationResult): string {
  const queries = count(r.viaDirect, 'QueryCommand');
  const ok = queries === 1 && r.viaDirect.requests === 1 && r.viaDirect.requestsMax === 1;
  const items = r.items === undefined ? '' : ` (${r.items} items on the page)`;
  return ok
    ? `\`${r.id}\`: ${r.direct} makes exactly 1 Query per page, as expected${items}.`
    : `\`${r.id}\`: UNEXPECTED — ${r.direct} made ${formatBreakdown(r.viaDirect.byCommand)} per page ` +
        `(range ${r.viaDirect.requestsMin}–${r.viaDirect.requestsMax}); expected exactly 1 Query${items}.`;
}

function approvalFinding(r: OperationResult): string {
  const tx = count(r.viaDirect, 'TransactWriteItemsCommand');
  const others = { ...r.viaDirect.byCommand };
  delete others.TransactWriteItemsCommand;
  const rest = Object.keys(others).length ? `; besides it the use case makes ${formatBreakdown(others)}` : '';
  return tx === 1
    ? `\`${r.id}\`: exactly 1 TransactWriteItems per approval, as expected; it consumes ` +
        `${r.viaDirect.capacityByCommand.TransactWriteItemsCommand ?? 0} capacity units (the decision, the org and its guards, ` +
        `the admin account, membership and login guards, the SMS outbox item, and their index entries)${rest}.`
    : `\`${r.id}\`: UNEXPECTED — ${tx} TransactWriteItems per approval (${formatBreakdown(r.viaDirect.byCommand)}); expected exactly 1.`;
}

function overhead(r: OperationResult): number {
  return r.viaRoute.requests - r.viaDirect.requests;
}

export function interpretation(results: OperationResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.route === 'orgs.children' || r.route === 'orgs.subtree') out.push(listFinding(r));
    if (r.id === 'approveApplication') out.push(approvalFinding(r));
  }
  const policy = results.filter((r) => r.route !== 'auth.login').map(overhead);
  if (policy.length && policy.every((n) => n === policy[0])) {
    out.push(
      `Through the route, every signed-in call adds the same ${policy[0]} requests of middleware: authentication ` +
        '(one BatchGetItem of the session and its account; these calls send the bearer token alone, no actor assertion) and the ' +
        'access policy (one BatchGetItem of the orgs on the target\'s path, the target included: the container knows its path).',
    );
  } else {
    out.push(`Middleware overhead differs between routes: ${results.map((r) => `${r.id} +${overhead(r)}`).join(', ')}.`);
  }
  const login = results.find((r) => r.id === 'login');
  if (login) {
    out.push(
      `\`login\` (${formatBreakdown(login.viaRoute.byCommand)}) takes ${login.viaRoute.medianMs.toFixed(0)} ms, almost all of it ` +
        'the scrypt password check at production cost (N=2^17); the DynamoDB part is a few milliseconds.',
    );
  }
  const subtree = results.filter((r) => r.route === 'orgs.subtree');
  const shortPage = subtree.find((r) => r.items !== undefined && r.items < 20 && r.id === 'listSubtreePage');
  if (shortPage) {
    out.push(
      `The first subtree page holds ${shortPage.items} items, not 20: a FilterExpression after the Query's Limit ` +
        '(e.g. one dropping the subtree root itself) shortens pages.',
    );
  }
  const varying = results.filter((r) => r.viaRoute.requestsMin !== r.viaRoute.requestsMax || r.viaDirect.requestsMin !== r.viaDirect.requestsMax);
  if (varying.length) out.push(`Request counts varied between calls for: ${varying.map((r) => r.id).join(', ')} (the median is reported).`);
  const bg = results.reduce((n, r) => n + r.viaRoute.backgroundSamples + r.viaDirect.backgroundSamples, 0);
  if (bg) out.push(`${bg} samples overlapped the in-process stream worker (SMS outbox); its requests were excluded by attribution.`);
  const failed = results.reduce((n, r) => n + r.viaRoute.failedRequests + r.viaDirect.failedRequests, 0);
  if (failed) out.push(`${failed} requests failed and were retried during measurement (not counted by the meter).`);
  out.push(
    'Latencies are DynamoDB Local (a single-process Java emulator) on a 2-core machine, in-process handlers, one call at a time: ' +
      'compare them between runs, not with DynamoDB. Request counts and capacity units are what transfers to AWS.',
  );
  return out;
}
