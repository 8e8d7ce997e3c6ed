import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEDULED_JOBS } from '@trellis/shared/http/scheduled-jobs';
import { STREAM_CONSUMERS } from '@trellis/shared/http/stream-consumers';
import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Api } from '../lib/api';
import { routeKeyOf } from '../lib/capability-entry';
import { Data } from '../lib/data';
import { Jobs } from '../lib/jobs';
import { AccessLogs } from '../lib/logs';
import { Notify } from '../lib/notify';
import { repoRoot, webPlaceholderDir } from '../lib/paths';
import { Web } from '../lib/web';
import { cdkContext, logicalId } from './synth';

/**
 * Real esbuild bundling (the other tests skip it) of the functions whose bundling is
 * unusual or new: the API capability functions with their generated dispatcher entries,
 * the stream workers, the scheduled jobs and the web server with its `trellis-web-build`
 * alias. The bundles are then loaded as Lambda would load them.
 */
describe('bundling', () => {
  // Under the repository, so the AWS SDK the bundles leave to the runtime resolves from node_modules.
  mkdirSync(join(repoRoot, 'cdk.out'), { recursive: true });
  const outdir = mkdtempSync(join(repoRoot, 'cdk.out', '.bundling-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  const app = new App({
    outdir,
    context: { ...cdkContext(), 'aws:cdk:enable-asset-metadata': true },
    builtinCloudFormationValidation: false,
  });
  const stack = new Stack(app, 'Bundling');
  const { table } = new Data(stack, 'Data');
  const api = new Api(stack, 'Api', { table, bucket: new Bucket(stack, 'Media'), stage: 'test' });
  const notify = new Notify(stack, 'Notify', { table, stage: 'test' });
  const jobs = new Jobs(stack, 'Jobs', { table, stage: 'test' });
  const web = new Web(stack, 'Web', {
    buildDir: webPlaceholderDir,
    apiUrl: 'https://api.example.org/',
    proxySecret: new Secret(stack, 'ProxySecret'),
    logBucket: new AccessLogs(stack, 'Logs').bucket,
    stage: 'test',
  });
  const assembly = app.synth();
  const template = JSON.parse(readFileSync(join(outdir, assembly.getStackByName('Bundling').templateFile), 'utf8'));

  /** Imports the ESM bundle (`index.mjs`) that CDK staged for a function construct. */
  async function load(fn: typeof web.server): Promise<{ handler: (event: unknown, context?: unknown) => Promise<any> }> {
    const assetDir = template.Resources[logicalId(fn)].Metadata['aws:asset:path'] as string;
    return import(pathToFileURL(join(outdir, assetDir, 'index.mjs')).href);
  }

  const capabilities = [...api.functions.keys()];
  const routesOf = (capability: string) => api.routes.filter((route) => route.entry.startsWith(`${capability}/`));
  /** An API Gateway v2 (payload 2.0) event as the HTTP API sends it. */
  const apiEvent = (routeKey: string, rawPath: string, query: Record<string, string> = {}) =>
    ({
      version: '2.0',
      routeKey,
      rawPath,
      rawQueryString: new URLSearchParams(query).toString(),
      headers: { host: 'api.example.org' },
      queryStringParameters: Object.keys(query).length ? query : undefined,
      isBase64Encoded: false,
      requestContext: {
        requestId: 'req-1',
        routeKey,
        stage: '$default',
        http: { method: routeKey.split(' ')[0], path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      },
    }) as unknown as APIGatewayProxyEventV2;
  const lambdaContext = { awsRequestId: 'req-1', functionName: 'test', getRemainingTimeInMillis: () => 10_000 };

  it.each(capabilities)('bundles the %s capability as an ESM module that answers 404 to a route key it does not serve', async (capability) => {
    vi.stubEnv('TRELLIS_QUIET_LOGS', '1');
    expect(routesOf(capability).length).toBeGreaterThan(0);
    const { handler } = await load(api.functions.get(capability)!);
    expect(typeof handler).toBe('function');
    const result = await handler(apiEvent('GET /no/such/route', '/no/such/route'), lambdaContext);
    expect(result.statusCode).toBe(404);
    expect(JSON.parse(result.body)).toEqual({ error: { code: 'route.not_found', message: 'no such route' } });
  });

  it('bundles each route handler into its capability and dispatches to it (public.lookup validates q)', async () => {
    vi.stubEnv('TRELLIS_QUIET_LOGS', '1');
    const lookup = api.routes.find((route) => route.id === 'orgs.lookup')!;
    const { handler } = await load(api.functionOf(lookup.id)!);
    const result = await handler(apiEvent(routeKeyOf(lookup), lookup.path), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'validation.failed' } });
  });

  it.each(STREAM_CONSUMERS)('bundles the $id stream worker ($entry) as an ESM module exporting handler', async ({ id }) => {
    const worker = await load(notify.workers.get(id)!);
    expect(typeof worker.handler).toBe('function');
  });

  it.each(SCHEDULED_JOBS)('bundles the $id scheduled job ($entry) as an ESM module exporting handler', async ({ id }) => {
    const job = await load(jobs.functions.get(id)!);
    expect(typeof job.handler).toBe('function');
  });

  it('bundles the SvelteKit server build into the web handler', async () => {
    const { handler } = await load(web.server);
    const event = {
      rawPath: '/',
      rawQueryString: '',
      headers: { host: 'fn.lambda-url.eu-west-1.on.aws', 'x-forwarded-host': 'd1.cloudfront.net' },
      requestContext: { domainName: 'fn.lambda-url.eu-west-1.on.aws', http: { method: 'GET', sourceIp: '192.0.2.1' } },
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const result = await handler(event);
    expect(result).toMatchObject({ statusCode: 503, isBase64Encoded: false, cookies: [] });
    expect(result.body).toContain('npm run build -w web');
  });
});
