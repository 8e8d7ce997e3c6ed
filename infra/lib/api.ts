import { ROUTES, type RouteDef } from '@trellis/shared/http/routes';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { bindBucket, bindTable } from './bind';
import { acknowledge } from './nag';
import { nodeFunction } from './node-function';
import { functionEntry } from './paths';
import { DEFAULT_SMS_LIMITS } from './sms';

export interface ApiProps {
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly stage: string;
  /** Defaults to the route table in shared/; tests may pass a subset. */
  readonly routes?: readonly RouteDef[];
  /** Steady-state requests per second and burst for the whole stage. */
  readonly throttle?: { rateLimit: number; burstLimit: number };
  /**
   * The per-org daily SMS budget (`SMS_DAILY_BUDGET`), which `notices.smsBudget` shows as the
   * limit. Every route gets it, so no route can fall back to the config default unnoticed.
   */
  readonly smsDailyBudget?: number;
}

/** `auth.smsCode` -> `AuthSmsCode`: a stable construct id per route. */
export const routeConstructId = (routeId: string): string =>
  routeId.split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

/** The routes deployed to AWS: everything in the table except local developer tools. */
export const deployedRoutes = (routes: readonly RouteDef[] = ROUTES): RouteDef[] =>
  routes.filter((route) => !route.localOnly);

/**
 * The HTTP API, built from the one route table: one function per route, so each has its
 * own cold start, metrics, alarms and log group. Every function gets the table and the
 * media bucket read/write through `bind*` (the route table carries no per-route grants yet).
 *
 * Client IPs: login throttling keys on the browser's IP, which only the SvelteKit server
 * knows. It forwards it in `x-trellis-client-ip` together with `x-trellis-proxy-secret`, and
 * a route trusts the forwarded IP only when that secret equals its `PROXY_SECRET`
 * (functions/src/http/api-event.ts); anyone else calling the API is judged by source IP.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** Route id -> its function. */
  readonly functions = new Map<string, NodejsFunction>();
  /** Shared with the web server (its `PROXY_SECRET` too), which sends it with the client IP. */
  readonly proxySecret: Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.proxySecret = new Secret(this, 'ProxySecret', {
      description: 'Header value the web server sends so the API trusts its x-trellis-client-ip',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    acknowledge(
      this.proxySecret,
      'Proxy token between the web server and the API, not a data credential. Both read it at deploy time (PROXY_SECRET env, a CloudFormation dynamic reference), so rotation must redeploy both sides together; a Secrets Manager rotation would leave them on the old value. Rotate by replacing the secret and deploying.',
      'AwsSolutions-SMG4',
    );
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: `Trellis API (${props.stage})`,
      createDefaultStage: false,
    });
    acknowledge(
      this.httpApi,
      'Authorization is the app\'s own session: every route runs the authenticate/authorize middleware with the one access policy (shared/src/access); public routes (login, lookup, apply) are public by design.',
      'AwsSolutions-APIG4',
    );
    const throttle = props.throttle ?? { rateLimit: 200, burstLimit: 400 };
    const smsDailyBudget = String(props.smsDailyBudget ?? DEFAULT_SMS_LIMITS.dailyBudget);
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS }),
        ),
      },
    });

    for (const route of deployedRoutes(props.routes)) {
      const name = routeConstructId(route.id);
      const fn = nodeFunction(this, name, {
        entry: functionEntry(route.entry),
        description: `Trellis route ${route.id}: ${route.method} ${route.path}`,
        // scrypt password hashing (N=2^17) is CPU-bound; Lambda CPU grows with memory.
        memorySize: 1024,
        environment: {
          STAGE: props.stage,
          SMS_MODE: 'sns',
          SMS_DAILY_BUDGET: smsDailyBudget,
          PROXY_SECRET: this.proxySecret.secretValue.unsafeUnwrap(),
        },
      });
      bindTable(fn, props.table, 'readWrite');
      bindBucket(fn, props.bucket, 'readWrite');
      this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${name}Integration`, fn),
      });
      this.functions.set(route.id, fn);
    }
  }

  /** The base URL the web server calls, with a trailing slash. */
  get url(): string {
    return this.stage.url;
  }
}
