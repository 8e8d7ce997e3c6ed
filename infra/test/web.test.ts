import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { webPlaceholderDir } from '../lib/paths';
import { staticPathPatterns } from '../lib/web';
import { XLSX_PATH_PATTERNS } from '../lib/web-heavy-routes';
import { logicalId, trellis } from './synth';

describe('Web: SvelteKit on Lambda behind CloudFront', () => {
  const { stack, template } = trellis();
  const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
    .DistributionConfig;

  it('maps each top-level static entry to a path pattern, skipping precompressed copies', () => {
    expect(staticPathPatterns(`${webPlaceholderDir}/client`)).toEqual(['/_app/*', '/robots.txt']);
  });

  it('sends pages to the function URL with the origin-verify header, uncached', () => {
    const server = logicalId(stack.web.server);
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [server, 'Arn'] } });
    const functionOrigin = distribution.Origins.find((o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig);
    expect(functionOrigin.OriginCustomHeaders).toEqual([{ HeaderName: 'x-origin-verify', HeaderValue: expect.anything() }]);
    expect(JSON.stringify(functionOrigin.OriginCustomHeaders)).toContain('{{resolve:secretsmanager:');
    expect(distribution.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: functionOrigin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // AllViewerExceptHostHeader
      AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'DELETE']),
      FunctionAssociations: [expect.objectContaining({ EventType: 'viewer-request' })],
    });
  });

  it('serves /_app/* and other static files from S3 through origin access control', () => {
    const s3Origin = distribution.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    // `/o/*` is the public sites' cached behaviour on the server (edge-cache.test.ts); the Excel routes go to their own server.
    const statics = distribution.CacheBehaviors.filter((b: { PathPattern: string }) => b.PathPattern !== '/o/*' && !(XLSX_PATH_PATTERNS as readonly string[]).includes(b.PathPattern));
    const patterns = statics.map((b: { PathPattern: string; TargetOriginId: string }) => {
      expect(b.TargetOriginId).toBe(s3Origin.Id);
      return b.PathPattern;
    });
    expect(patterns.sort()).toEqual(['/_app/*', '/robots.txt']);
    template.resourceCountIs('Custom::CDKBucketDeployment', 2);
  });

  it('sends the Excel routes to the xlsx server, uncached, with the origin secret and the viewer-request function', () => {
    const behaviors = distribution.CacheBehaviors.filter((b: { PathPattern: string }) => (XLSX_PATH_PATTERNS as readonly string[]).includes(b.PathPattern));
    expect(behaviors.map((b: { PathPattern: string }) => b.PathPattern)).toEqual([...XLSX_PATH_PATTERNS]);
    const functionOrigins = distribution.Origins.filter((o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig);
    const defaultOrigin = distribution.DefaultCacheBehavior.TargetOriginId;
    const xlsxOrigin = functionOrigins.find((o: { Id: string }) => o.Id !== defaultOrigin);
    expect(JSON.stringify(xlsxOrigin.DomainName)).toContain('XlsxServer');
    expect(xlsxOrigin.OriginCustomHeaders).toEqual([{ HeaderName: 'x-origin-verify', HeaderValue: expect.anything() }]);
    for (const behavior of behaviors) {
      expect(behavior).toMatchObject({
        TargetOriginId: xlsxOrigin.Id,
        CachePolicyId: distribution.DefaultCacheBehavior.CachePolicyId,
        OriginRequestPolicyId: distribution.DefaultCacheBehavior.OriginRequestPolicyId,
        AllowedMethods: distribution.DefaultCacheBehavior.AllowedMethods,
        ViewerProtocolPolicy: 'redirect-to-https',
        FunctionAssociations: [expect.objectContaining({ EventType: 'viewer-request' })],
      });
    }
  });

  it('logs viewer requests to the log bucket', () => {
    expect(distribution.Logging).toEqual({
      Bucket: { 'Fn::GetAtt': [expect.stringMatching(/^AccessLogsBucket/), 'RegionalDomainName'] },
      Prefix: 'cloudfront/',
    });
  });

  it('gives the server the API URL and the origin secret, not ORIGIN (no custom domain)', () => {
    const env = template.toJSON().Resources[logicalId(stack.web.server)]
      .Properties.Environment.Variables;
    expect(JSON.stringify(env.API_URL)).toContain('execute-api');
    expect(JSON.stringify(env.ORIGIN_VERIFY)).toContain('{{resolve:secretsmanager:');
    expect(env.ORIGIN).toBeUndefined();
  });

  it('gives the server the API\'s proxy secret (it sends it with the client IP) as a dynamic reference', () => {
    const env = template.toJSON().Resources[logicalId(stack.web.server)].Properties.Environment.Variables;
    expect(JSON.stringify(env.PROXY_SECRET)).toContain('{{resolve:secretsmanager:');
    expect(JSON.stringify(env.PROXY_SECRET)).toContain(`"Ref":"${logicalId(stack.api.proxySecret)}"`);
    const routeEnv = template.toJSON().Resources[logicalId(stack.api.functions.values().next().value!)]
      .Properties.Environment.Variables;
    expect(env.PROXY_SECRET).toEqual(routeEnv.PROXY_SECRET);
  });

  it('uses a custom domain for ORIGIN, the certificate and the media CORS rule', () => {
    const custom = trellis({
      domainName: 'trellis.example.org',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    }).template;
    custom.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ORIGIN: 'https://trellis.example.org' }) },
    });
    custom.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['trellis.example.org'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }),
      }),
    });
    custom.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: ['https://trellis.example.org'] })] },
    });
  });
});
