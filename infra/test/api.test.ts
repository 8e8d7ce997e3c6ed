import { readFileSync } from 'node:fs';
import { ROUTES } from '@trellis/shared/http/routes';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { deployedRoutes } from '../lib/api';
import { logicalId, trellis } from './synth';

type Resource = Record<string, any>;

describe('Api: the HTTP API built from the route table', () => {
  const { stack, template } = trellis();
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const deployed = ROUTES.filter((route) => !('localOnly' in route && route.localOnly));
  /** Capability (first directory of the entry) -> its routes, derived here independently of lib/. */
  const expected = new Map<string, (typeof deployed)[number][]>();
  for (const route of deployed) {
    const capability = route.entry.split('/')[0]!;
    expected.set(capability, [...(expected.get(capability) ?? []), route]);
  }
  const apiFunctions = Object.values(template.findResources('AWS::Lambda::Function')).filter(
    (fn: Resource) => String(fn.Properties.Description ?? '').startsWith('Trellis API capability '),
  ) as Resource[];
  const fnOf = (capability: string): Resource => resources[logicalId(stack.api.functions.get(capability)!)]!;
  const integrationOf = (routeKey: string): string => {
    const route = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).find(
      (r: Resource) => r.Properties.RouteKey === routeKey,
    ) as Resource | undefined;
    const target = route?.Properties.Target['Fn::Join'][1] as unknown[] | undefined;
    return (target?.find((part) => typeof part === 'object') as { Ref: string } | undefined)?.Ref ?? `no route ${routeKey}`;
  };
  const integrationUriOf = (integrationId: string): string => {
    const uri = resources[integrationId]?.Properties.IntegrationUri;
    return (uri?.['Fn::GetAtt']?.[0] ?? uri?.Ref) as string;
  };
  /** What the API invokes for a capability: its `live` alias when the seasons config names it (capacity.ts), else the function. */
  const invokedId = (capability: string): string =>
    logicalId(stack.api.aliases.get(capability) ?? stack.api.functions.get(capability)!);

  it('deploys every route except the local-only ones', () => {
    expect(deployedRoutes().map((r) => r.id)).toEqual(deployed.map((r) => r.id));
    expect(deployed.length).toBeLessThan(ROUTES.length);
    expect([...stack.api.routes].map((r) => r.id)).toEqual(deployed.map((r) => r.id));
  });

  it('has exactly the route keys of the route table', () => {
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r: Resource) => r.Properties.RouteKey as string,
    );
    expect(keys.sort()).toEqual(deployed.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('has one Node.js 22 arm64 function per capability, not per route', () => {
    expect([...stack.api.functions.keys()]).toEqual([...expected.keys()]);
    expect(expected.has('dev')).toBe(false);
    expect(apiFunctions).toHaveLength(expected.size);
    expect(apiFunctions.length).toBeLessThan(deployed.length);
    for (const [capability, routes] of expected) {
      expect(fnOf(capability).Properties, capability).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 1024,
        Description: `Trellis API capability ${capability}: ${routes.length} route${routes.length === 1 ? '' : 's'}`,
      });
    }
  });

  it('bundles a generated entry per capability that dispatches to exactly its routes', () => {
    for (const [capability, routes] of expected) {
      const source = readFileSync(stack.api.entries.get(capability)!, 'utf8');
      for (const route of routes) {
        expect(source, route.id).toContain(`${JSON.stringify(`${route.method} ${route.path}`)}, h`);
        expect(source, route.id).toContain(`/functions/src/${route.entry}.ts"`);
      }
      expect(source.match(/^ {2}\["/gm), capability).toHaveLength(routes.length);
    }
  });

  it('sends every deployed route to its capability function, through one integration per capability', () => {
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    expect(Object.keys(integrations)).toHaveLength(expected.size);
    for (const [capability, routes] of expected) {
      const fnId = invokedId(capability);
      const integrationIds = new Set(routes.map((route) => integrationOf(`${route.method} ${route.path}`)));
      expect(integrationIds.size, capability).toBe(1);
      const [integrationId] = integrationIds;
      expect(integrationUriOf(integrationId!), capability).toBe(fnId);
      expect(resources[integrationId!]?.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    }
  });

  it('lets the API invoke each capability function with one API-scoped permission', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')) as Resource[];
    for (const capability of expected.keys()) {
      const fnId = invokedId(capability);
      const own = permissions.filter((p) => JSON.stringify(p.Properties.FunctionName).includes(`"${fnId}"`));
      expect(own, capability).toHaveLength(1);
      expect(own[0]?.Properties.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(own[0]?.Properties.SourceArn)).toContain(`"Ref":"${logicalId(stack.api.httpApi)}"},"/*/*/*"`);
    }
  });

  it('finds the function of a route by route id', () => {
    expect(stack.api.functionOf('orgs.get')).toBe(stack.api.functions.get('orgs'));
    expect(stack.api.functionOf('applications.apply')).toBe(stack.api.functions.get('applications'));
    expect(stack.api.functionOf('dev.sms')).toBeUndefined();
  });

  it('binds the table and bucket and sets the stage in every capability function', () => {
    for (const capability of expected.keys()) {
      const env = fnOf(capability).Properties.Environment.Variables;
      expect(Object.keys(env), capability).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'STAGE', 'SMS_MODE', 'SMS_DAILY_BUDGET', 'PROXY_SECRET']),
      );
      expect(env, capability).toMatchObject({ STAGE: 'test', SMS_MODE: 'sns', SMS_DAILY_BUDGET: '2000' });
      expect(env.TABLE_NAME, capability).toEqual({ Ref: expect.stringMatching(/^DataTable/) });
      expect(env.BUCKET_NAME, capability).toEqual({ Ref: expect.stringMatching(/^MediaBucket/) });
    }
  });

  it('shows notices.smsBudget the same daily SMS budget the outbox worker spends', () => {
    const smsBudget = resources[logicalId(stack.api.functionOf('notices.smsBudget')!)];
    expect(smsBudget, 'notices.smsBudget is deployed').toBeDefined();
    const worker = resources[logicalId(stack.notify.workers.get('outbox')!)];
    expect(smsBudget?.Properties.Environment.Variables.SMS_DAILY_BUDGET).toBe(worker?.Properties.Environment.Variables.SMS_DAILY_BUDGET);
  });

  it('gives every capability function the proxy secret as a dynamic reference, never plaintext', () => {
    const secretId = logicalId(stack.api.proxySecret);
    for (const fn of apiFunctions) {
      const value = fn.Properties.Environment.Variables.PROXY_SECRET;
      expect(value, fn.Properties.Description).toBeDefined();
      expect(JSON.stringify(value)).toContain('{{resolve:secretsmanager:');
      expect(JSON.stringify(value)).toContain(`"Ref":"${secretId}"`);
    }
  });

  it('gives every capability function the cursor-signing secret as a dynamic reference, never plaintext', () => {
    const secretId = logicalId(stack.api.cursorSecret);
    for (const fn of apiFunctions) {
      const value = fn.Properties.Environment.Variables.CURSOR_SECRET;
      expect(value, fn.Properties.Description).toBeDefined();
      expect(JSON.stringify(value)).toContain('{{resolve:secretsmanager:');
      expect(JSON.stringify(value)).toContain(`"Ref":"${secretId}"`);
    }
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { ExcludePunctuation: true, PasswordLength: 64 },
    });
  });

  it('gives every capability function the assertion-signing secret as a dynamic reference, never plaintext', () => {
    const secretId = logicalId(stack.api.assertionSecret);
    for (const fn of apiFunctions) {
      const value = fn.Properties.Environment.Variables.ASSERTION_SECRET;
      expect(value, fn.Properties.Description).toBeDefined();
      expect(JSON.stringify(value)).toContain('{{resolve:secretsmanager:');
      expect(JSON.stringify(value)).toContain(`"Ref":"${secretId}"`);
    }
  });

  it('generates the proxy secret: 48 characters, no punctuation', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { ExcludePunctuation: true, PasswordLength: 48 },
      Description: Match.stringLikeRegexp('x-trellis-client-ip'),
    });
  });

  it('grants each capability function the table and bucket it is told about', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
    for (const capability of expected.keys()) {
      const role = logicalId(stack.api.functions.get(capability)!.role!);
      const policy = policies.find((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role));
      const actions = policy?.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => s.Action);
      expect(actions, capability).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 's3:PutObject']));
    }
  });

  it('throttles and access-logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 }),
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('keeps the stack well below the CloudFormation limit of 500 resources', () => {
    // One function per route cost ~9 resources a route (407 in all with 39 routes); now a
    // route costs one API route, a capability ~8: 263 with 12 capabilities and ~130 routes.
    // Past 350, move the API routes into a nested stack (or one greedy route per capability)
    // before the next capability lands.
    const count = Object.keys(resources).length;
    expect(count).toBeLessThan(350);
    const perRoute = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route').length;
    expect(perRoute).toBe(deployed.length);
  });
});
