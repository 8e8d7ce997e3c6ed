import { describe, expect, it } from 'vitest';
import { SHARED_MAX_AGE_SECONDS } from '@trellis/shared/http/edge-cache';
import { PUBLIC_PAGES_PATTERN } from '../lib/edge-cache';
import { PUBLIC_PAGE_WRITERS } from '../lib/stack';
import { logicalId, trellis } from './synth';
import { XLSX_PATH_PATTERNS } from '../lib/web-heavy-routes';

type Resource = { Type: string; Properties: Record<string, any> };

describe('Public sites from the edge', () => {
  const { stack, template } = trellis();
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const distributionId = logicalId(stack.web.distribution);
  const config = resources[distributionId]?.Properties.DistributionConfig;
  const publicBehavior = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === PUBLIC_PAGES_PATTERN);
  const byRef = (ref: { Ref: string }) => resources[ref.Ref]?.Properties ?? {};

  it('caches /o/* (pages, RSS, sitemaps) at most 60 s, as the origin says, keyed by path, query and the lang cookie', () => {
    const serverOrigin = config.Origins.find((o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig);
    expect(publicBehavior).toMatchObject({
      TargetOriginId: serverOrigin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachedMethods: ['GET', 'HEAD'],
      AllowedMethods: expect.arrayContaining(['POST']),
      FunctionAssociations: [expect.objectContaining({ EventType: 'viewer-request' })],
    });
    const cache = byRef(publicBehavior.CachePolicyId).CachePolicyConfig;
    expect(cache).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: SHARED_MAX_AGE_SECONDS });
    expect(cache.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
      CookiesConfig: { CookieBehavior: 'whitelist', Cookies: ['lang'] },
      HeadersConfig: { HeaderBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
    });
  });

  it('sends /o/* to the server without any cookie but lang (no session) and without the viewer Host', () => {
    const origin = byRef(publicBehavior.OriginRequestPolicyId).OriginRequestPolicyConfig;
    expect(origin).toMatchObject({
      CookiesConfig: { CookieBehavior: 'none' },
      HeadersConfig: { HeaderBehavior: 'allExcept', Headers: ['host'] },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
    });
  });

  it('caches nothing else server-rendered, and keeps no error page', () => {
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    const xlsx = config.CacheBehaviors.filter((b: { PathPattern: string }) => (XLSX_PATH_PATTERNS as readonly string[]).includes(b.PathPattern));
    const others = config.CacheBehaviors.filter((b: { PathPattern: string }) => b.PathPattern !== PUBLIC_PAGES_PATTERN && !xlsx.includes(b));
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    for (const b of others) expect(b.TargetOriginId, b.PathPattern).toBe(s3Origin.Id);
    // The Excel routes go to their own server, never cached.
    for (const b of xlsx) expect(b.CachePolicyId, b.PathPattern).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(config.CustomErrorResponses).toEqual(expect.arrayContaining([{ ErrorCode: 404, ErrorCachingMinTTL: 0 }, { ErrorCode: 500, ErrorCachingMinTTL: 0 }]));
  });

  it('lets the functions that change public pages invalidate this distribution, and only them', () => {
    const distributionArn = JSON.stringify(['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::', { Ref: 'AWS::AccountId' }, ':distribution/', { Ref: distributionId }]]);
    // The BucketDeployment's own grant (invalidating after a deploy, `*`) is CDK's, on its singleton role.
    const apiRoles = new Map([...stack.api.functions].map(([capability, fn]) => [logicalId(fn.role!), capability]));
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const invalidating: string[] = [];
    for (const p of policies) {
      const roles = (p.Properties.Roles as { Ref: string }[]).filter((r) => apiRoles.has(r.Ref));
      if (roles.length === 0) continue;
      for (const s of p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]) {
        if (![s.Action].flat().includes('cloudfront:CreateInvalidation')) continue;
        expect([s.Action].flat()).toEqual(['cloudfront:CreateInvalidation']);
        expect(JSON.stringify((s.Resource as { 'Fn::Join': unknown })['Fn::Join'])).toBe(distributionArn);
        for (const role of roles) invalidating.push(apiRoles.get(role.Ref) ?? '');
      }
    }
    expect(invalidating.sort()).toEqual([...PUBLIC_PAGE_WRITERS].sort());
    for (const capability of PUBLIC_PAGE_WRITERS) {
      const env = resources[logicalId(stack.api.functions.get(capability)!)]?.Properties.Environment.Variables;
      expect(env.EDGE_DISTRIBUTION_ID, capability).toEqual({ Ref: distributionId });
    }
    const notices = resources[logicalId(stack.api.functions.get('notices')!)]?.Properties.Environment.Variables;
    expect(notices.EDGE_DISTRIBUTION_ID).toBeUndefined();
  });
});
