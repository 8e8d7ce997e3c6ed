import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEDULED_JOBS } from '@trellis/shared/http/scheduled-jobs';
import { STREAM_CONSUMERS } from '@trellis/shared/http/stream-consumers';
import { App, Stack } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { Data } from '../lib/data';
import { Jobs } from '../lib/jobs';
import { AccessLogs } from '../lib/logs';
import { Notify } from '../lib/notify';
import { webPlaceholderDir } from '../lib/paths';
import { Web } from '../lib/web';
import { cdkContext, logicalId } from './synth';

/**
 * Real esbuild bundling (the other tests skip it) of the functions whose bundling is
 * unusual or new: the stream workers, the scheduled jobs and the web server with its
 * `trellis-web-build` alias. The bundles are then loaded as Lambda would load them.
 */
describe('bundling', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'trellis-bundle-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const app = new App({
    outdir,
    context: { ...cdkContext(), 'aws:cdk:enable-asset-metadata': true },
    builtinCloudFormationValidation: false,
  });
  const stack = new Stack(app, 'Bundling');
  const { table } = new Data(stack, 'Data');
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
  async function load(fn: typeof web.server): Promise<{ handler: (event: unknown) => Promise<any> }> {
    const assetDir = template.Resources[logicalId(fn)].Metadata['aws:asset:path'] as string;
    return import(pathToFileURL(join(outdir, assetDir, 'index.mjs')).href);
  }

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
