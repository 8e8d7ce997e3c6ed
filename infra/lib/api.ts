import { ROUTES, type RouteRow } from '@trellis/shared/http/routes';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Alias, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { bindBucket, bindTable } from './bind';
import {
  capabilityConstructId,
  capabilityOf,
  generatedEntriesDir,
  routesByCapability,
  writeCapabilityEntry,
} from './capability-entry';
import { acknowledge } from './nag';
import { nodeFunction, type NodeFunction } from './node-function';
import { DEFAULT_SMS_LIMITS } from './sms';

export interface ApiProps {
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly stage: string;
  /** Defaults to the route table in shared/; tests may pass a subset. */
  readonly routes?: readonly RouteRow[];
  /** Steady-state requests per second and burst for the whole stage. */
  readonly throttle?: { rateLimit: number; burstLimit: number };
  /**
   * The per-org daily SMS budget (`SMS_DAILY_BUDGET`), which `notices.smsBudget` shows as the
   * limit. Every function gets it, so no route can fall back to the config default unnoticed.
   */
  readonly smsDailyBudget?: number;
  /**
   * Capabilities whose routes the API invokes through an alias (`live`) of the function, so
   * provisioned concurrency can be scheduled on it (capacity.ts). Others invoke `$LATEST`.
   */
  readonly alias?: { readonly name: string; readonly capabilities: readonly string[] };
  /** Where the generated capability entries are written; defaults to `cdk.out/.generated/api`. */
  readonly entriesDir?: string;
}

/** The routes deployed to AWS: everything in the table except local developer tools. */
export const deployedRoutes = (routes: readonly RouteRow[] = ROUTES): RouteRow[] =>
  routes.filter((route) => !route.localOnly);

/**
 * The HTTP API, built from the one route table: one function per capability (the first
 * directory of a route's `entry`, e.g. `orgs`), whose generated entry dispatches on the route
 * key to the route's handler (capability-entry.ts). A route costs one API route, not a
 * function with its role, log group and alarms, so the stack stays far below CloudFormation's
 * 500 resources as routes are added. Each capability has its own cold start, metrics, alarms
 * and log group; its routes share one integration and one invoke permission (scoped to this
 * API rather than per route: a per-route grant would add a resource per route and grow the
 * function's resource policy towards Lambda's 20 KB limit, and the dispatcher answers 404
 * to any route key it does not serve). Every function gets the table and the media bucket
 * read/write through `bind*` (the route table carries no per-route grants yet).
 *
 * Client IPs: login throttling keys on the browser's IP, which only the SvelteKit server
 * knows. It forwards it in `x-trellis-client-ip` together with `x-trellis-proxy-secret`, and
 * a route trusts the forwarded IP only when that secret equals its `PROXY_SECRET`
 * (functions/src/http/api-event.ts); anyone else calling the API is judged by source IP.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** Capability (`orgs`) -> its function. */
  readonly functions = new Map<string, NodeFunction>();
  /** Capability -> the alias its integration invokes (only capabilities named in `alias`). */
  readonly aliases = new Map<string, Alias>();
  /** Capability -> the generated entry module its function bundles. */
  readonly entries = new Map<string, string>();
  /** The deployed routes (the route table without local-only ones). */
  readonly routes: readonly RouteRow[];
  /** Shared with the web server (its `PROXY_SECRET` too), which sends it with the client IP. */
  readonly proxySecret: Secret;
  /** Signs pagination cursors (`CURSOR_SECRET`, functions/src/adapters/dynamodb/table/cursor.ts). */
  readonly cursorSecret: Secret;
  /** Signs the 5-second actor assertions of `auth.me` (`ASSERTION_SECRET`, functions/src/security/actor-assertion.ts). */
  readonly assertionSecret: Secret;

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
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key the API signs pagination cursors with, so forged or foreign cursors are refused',
      generateSecretString: { excludePunctuation: true, passwordLength: 64 },
    });
    acknowledge(
      this.cursorSecret,
      'Signing key for pagination cursors, read at deploy time (CURSOR_SECRET env, a CloudFormation dynamic reference). Rotating it only invalidates cursors in flight (a client restarts its list), so rotate by replacing the secret and deploying.',
      'AwsSolutions-SMG4',
    );
    this.assertionSecret = new Secret(this, 'AssertionSecret', {
      description: 'HMAC key the API signs 5-second actor assertions with (auth.me), which spare the other calls of a page view the session read',
      generateSecretString: { excludePunctuation: true, passwordLength: 64 },
    });
    acknowledge(
      this.assertionSecret,
      'Signing key for actor assertions that live 5 seconds, read at deploy time (ASSERTION_SECRET env, a CloudFormation dynamic reference). Rotating it only makes assertions in flight fall back to a session read, so rotate by replacing the secret and deploying.',
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

    this.routes = deployedRoutes(props.routes);
    const entriesDir = props.entriesDir ?? generatedEntriesDir;
    for (const [capability, routes] of routesByCapability(this.routes)) {
      const name = `${capabilityConstructId(capability)}Function`;
      const entry = writeCapabilityEntry(entriesDir, capability, routes);
      const fn = nodeFunction(this, name, {
        entry,
        // Lambda caps descriptions at 256 characters, so name the routes only by count.
        description: `Trellis API capability ${capability}: ${routes.length} route${routes.length === 1 ? '' : 's'}`,
        // scrypt password hashing (N=2^17) is CPU-bound; Lambda CPU grows with memory.
        memorySize: 1024,
        environment: {
          STAGE: props.stage,
          SMS_MODE: 'sns',
          SMS_DAILY_BUDGET: smsDailyBudget,
          PROXY_SECRET: this.proxySecret.secretValue.unsafeUnwrap(),
          CURSOR_SECRET: this.cursorSecret.secretValue.unsafeUnwrap(),
          ASSERTION_SECRET: this.assertionSecret.secretValue.unsafeUnwrap(),
        },
      });
      bindTable(fn, props.table, 'readWrite');
      bindBucket(fn, props.bucket, 'readWrite');
      let target: IFunction = fn;
      if (props.alias?.capabilities.includes(capability)) {
        const alias = new Alias(this, `${capabilityConstructId(capability)}Alias`, {
          aliasName: props.alias.name,
          version: fn.currentVersion,
          description: `The version the HTTP API invokes; provisioned concurrency is scheduled on it (infra/seasons.ts)`,
        });
        this.aliases.set(capability, alias);
        target = alias;
      }
      const integration = new HttpLambdaIntegration(`${capabilityConstructId(capability)}Integration`, target, {
        scopePermissionToRoute: false,
      });
      for (const route of routes) {
        this.httpApi.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
      }
      this.functions.set(capability, fn);
      this.entries.set(capability, entry);
    }
  }

  /** The function that serves a route (by route id), if it is deployed. */
  functionOf(routeId: string): NodeFunction | undefined {
    const route = this.routes.find((r) => r.id === routeId);
    return route && this.functions.get(capabilityOf(route));
  }

  /** The base URL the web server calls, with a trailing slash. */
  get url(): string {
    return this.stage.url;
  }
}
