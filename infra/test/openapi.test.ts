import { Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { describe, expect, it } from 'vitest';
import { OPENAPI_KEY } from '../lib/openapi';
import { webPlaceholderDir } from '../lib/paths';
import { Web } from '../lib/web';
import { logicalId, testApp, trellis } from './synth';

type Resource = Record<string, any>;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

describe('openapi.json published beside the API', () => {
  const { stack, template } = trellis();
  const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')) as Resource[];
  const revalidating = deployments.find((d) => JSON.stringify(d.Properties.DistributionPaths) === '["/*"]');

  it('documents exactly the deployed routes, one operation each', () => {
    const { document } = stack.openApi;
    expect(document.openapi).toBe('3.1.0');
    const keys = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).filter((m) => METHODS.has(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(keys.sort()).toEqual(stack.api.routes.map((r) => `${r.method} ${r.path}`).sort());
    expect(keys.some((k) => k.includes('/dev/'))).toBe(false);
  });

  it('names the API endpoint as its server, filled in at deploy time', () => {
    expect(stack.resolve(stack.openApi.document.servers?.[0]?.url)).toEqual({ 'Fn::GetAtt': [logicalId(stack.api.httpApi), 'ApiEndpoint'] });
  });

  it('is deployed with the revalidating web assets, with the endpoint as a deploy-time marker', () => {
    expect(stack.openApi.key).toBe(OPENAPI_KEY);
    expect(revalidating, 'the OtherAssets deployment').toBeDefined();
    const props = revalidating!.Properties;
    expect(props.SourceObjectKeys).toHaveLength(2);
    expect(props.SystemMetadata).toEqual({ 'cache-control': 'public, max-age=0, must-revalidate' });
    expect(Object.values(props.SourceMarkers?.[1] ?? {})).toEqual([{ 'Fn::GetAtt': [logicalId(stack.api.httpApi), 'ApiEndpoint'] }]);
    expect(props.Exclude.some((pattern: string) => OPENAPI_KEY.startsWith(pattern.replace(/\*$/, '')))).toBe(false);
  });

  it('is served by CloudFront from the static bucket, through the behavior of its key', () => {
    const config = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    const behavior = config.CacheBehaviors.find((b: { PathPattern: string }) => `/${OPENAPI_KEY}`.startsWith(b.PathPattern.replace(/\*$/, '')));
    expect(behavior).toMatchObject({ PathPattern: '/_app/*', TargetOriginId: s3Origin.Id });
  });

  it('refuses at synth a JSON file no static behavior would serve', () => {
    const scope = new Stack(testApp(), 'WebOnly');
    const props = {
      buildDir: webPlaceholderDir,
      apiUrl: 'https://api.example.org/',
      proxySecret: new Secret(scope, 'Proxy'),
      logBucket: new Bucket(scope, 'Logs'),
      stage: 'test',
    };
    expect(() => new Web(scope, 'Web', { ...props, jsonFiles: { 'openapi.json': {} } })).toThrow(/no static path pattern serves openapi\.json/);
  });
});
