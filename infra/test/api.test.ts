import { ROUTES } from '@trellis/shared/http/routes';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { deployedRoutes, routeConstructId } from '../lib/api';
import { logicalId, trellis } from './synth';

type Resource = Record<string, any>;

describe('Api: the HTTP API built from the route table', () => {
  const { stack, template } = trellis();
  const deployed = ROUTES.filter((route) => !('localOnly' in route && route.localOnly));
  const routeFunctions = Object.values(template.findResources('AWS::Lambda::Function')).filter(
    (fn: Resource) => String(fn.Properties.Description ?? '').startsWith('Trellis route '),
  ) as Resource[];

  it('deploys every route except the local-only ones', () => {
    expect(deployedRoutes().map((r) => r.id)).toEqual(deployed.map((r) => r.id));
    expect(deployed.length).toBeLessThan(ROUTES.length);
  });

  it('has exactly the route keys of the route table', () => {
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r: Resource) => r.Properties.RouteKey as string,
    );
    expect(keys.sort()).toEqual(deployed.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('has one Node.js 22 arm64 function per route', () => {
    expect(routeFunctions).toHaveLength(deployed.length);
    for (const route of deployed) {
      const fn = routeFunctions.find((f) => f.Properties.Description.startsWith(`Trellis route ${route.id}:`));
      expect(fn, route.id).toBeDefined();
      expect(fn?.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
    }
  });

  it('binds the table and bucket and sets the stage in every route function', () => {
    for (const fn of routeFunctions) {
      const env = fn.Properties.Environment.Variables;
      expect(Object.keys(env)).toEqual(expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'STAGE', 'SMS_MODE']));
      expect(env).toMatchObject({ STAGE: 'test', SMS_MODE: 'sns', SMS_DAILY_BUDGET: '2000' });
      expect(env.TABLE_NAME).toEqual({ Ref: expect.stringMatching(/^DataTable/) });
    }
  });

  it('shows notices.smsBudget the same daily SMS budget the outbox worker spends', () => {
    const smsBudget = routeFunctions.find((f) => f.Properties.Description.startsWith('Trellis route notices.smsBudget:'));
    expect(smsBudget, 'notices.smsBudget is deployed').toBeDefined();
    const worker = template.toJSON().Resources[logicalId(stack.notify.workers.get('outbox')!)];
    expect(smsBudget?.Properties.Environment.Variables.SMS_DAILY_BUDGET).toBe(worker.Properties.Environment.Variables.SMS_DAILY_BUDGET);
  });

  it('gives every route function the proxy secret as a dynamic reference, never plaintext', () => {
    const secretId = logicalId(stack.api.proxySecret);
    for (const fn of routeFunctions) {
      const value = fn.Properties.Environment.Variables.PROXY_SECRET;
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

  it('grants each route function the table it is told about', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
    for (const route of deployed) {
      const role = `Api${routeConstructId(route.id)}ServiceRole`;
      const policy = policies.find((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref.startsWith(role)));
      const actions = policy?.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => s.Action);
      expect(actions, route.id).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 's3:PutObject']));
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
});
