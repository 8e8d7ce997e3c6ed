import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginRequestPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { FunctionUrlAuthType, type FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER, VIEWER_HOST_HEADER, VIEWER_IP_HEADER } from '../web-lambda/convert';
import { acknowledge, arnRef, bootstrapAssetsObjects, LAMBDA_BASIC_EXECUTION, wildcards } from './nag';
import { nodeFunction, type NodeFunction } from './node-function';
import { PUBLIC_PAGES_PATTERN, publicPagesBehavior } from './edge-cache';
import { webBuildAlias, WEB_SERVER_ENTRY } from './lambda-entries';
import { XLSX_PATH_PATTERNS } from './web-heavy-routes';

export interface WebProps {
  /** An adapter-node build: `client/` (static assets) and `server/server.js`. */
  readonly buildDir: string;
  /** Base URL of the HTTP API, for the SvelteKit server (`API_URL`). */
  readonly apiUrl: string;
  /**
   * The API's proxy secret (`PROXY_SECRET`): the server sends it in `x-trellis-proxy-secret`
   * with `x-trellis-client-ip`, so the API trusts the browser IP it forwards.
   */
  readonly proxySecret: ISecret;
  readonly logBucket: IBucket;
  readonly stage: string;
  /** A custom domain (`ORIGIN=https://domainName`); with `certificateArn` (us-east-1) it is served. */
  readonly domainName?: string;
  readonly certificateArn?: string;
  /**
   * JSON documents for the static bucket beside the build's, key -> data (openapi.json under
   * `_app/`; the data may hold deploy-time values). Deployed and invalidated with the revalidating
   * assets and served by the static behavior their key falls under; synth fails if none does.
   */
  readonly jsonFiles?: Readonly<Record<string, unknown>>;
}

/** Whether a CloudFront path pattern (`/_app/*`, `/robots.txt`) matches an object key. */
const patternMatches = (pattern: string, key: string): boolean =>
  pattern.endsWith('/*') ? `/${key}`.startsWith(pattern.slice(0, -1)) : pattern === `/${key}`;

/** Precompressed copies written by adapter-node; CloudFront compresses on its own. */
const COMPRESSED = ['*.br', '*.gz'];

/** CloudFront path patterns for the top-level entries of an adapter-node `client/` dir. */
export function staticPathPatterns(clientDir: string): string[] {
  return readdirSync(clientDir, { withFileTypes: true })
    .filter((entry) => !/\.(br|gz)$/.test(entry.name))
    .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`))
    .sort();
}

/**
 * Copies the viewer's Host and IP into headers the origin receives: the function URL
 * origin must not get the viewer Host, yet SvelteKit needs it for URLs and CSRF checks.
 */
const viewerRequestCode = `function handler(event) {
  var request = event.request;
  request.headers['${VIEWER_HOST_HEADER}'] = { value: request.headers.host.value };
  request.headers['${VIEWER_IP_HEADER}'] = { value: event.viewer.ip };
  return request;
}`;

/**
 * The SvelteKit app: SSR on a Lambda Function URL behind CloudFront, static assets from
 * S3 through origin access control. CloudFront adds a secret header the Lambda checks,
 * so the function URL is useless when called directly and viewer headers can be trusted.
 *
 * ORIGIN is set only for a custom domain: the distribution's own domain cannot be passed
 * to the function it fronts (a dependency cycle), so the handler derives it per request.
 */
export class Web extends Construct {
  readonly distribution: Distribution;
  readonly server: NodeFunction;
  /** Serves XLSX_PATH_PATTERNS: the server with exceljs bundled (web-heavy-routes.ts). */
  readonly xlsxServer: NodeFunction;
  readonly assets: Bucket;
  /** The public origin, e.g. `https://d111.cloudfront.net`. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const clientDir = join(props.buildDir, 'client');

    const originSecret = new Secret(this, 'OriginVerify', {
      description: 'Header value CloudFront sends to the web function URL',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    acknowledge(
      originSecret,
      'Origin-verification token, not a data credential; rotation would need a CloudFront redeploy to stay in sync. Rotate by replacing the secret.',
      'AwsSolutions-SMG4',
    );

    const serverEnvironment: Record<string, string> = {
      STAGE: props.stage,
      API_URL: props.apiUrl,
      ORIGIN_VERIFY: originSecret.secretValue.unsafeUnwrap(),
      PROXY_SECRET: props.proxySecret.secretValue.unsafeUnwrap(),
      ...(props.domainName ? { ORIGIN: `https://${props.domainName}` } : {}),
    };
    this.server = nodeFunction(this, 'Server', {
      entry: WEB_SERVER_ENTRY,
      description: 'Trellis web: SvelteKit SSR',
      memorySize: 1024,
      timeout: Duration.seconds(30),
      alias: webBuildAlias(props.buildDir),
      environment: serverEnvironment,
    });
    const serverUrl = this.server.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    // The same SvelteKit build with exceljs, for the Excel routes only (web-heavy-routes.ts).
    this.xlsxServer = nodeFunction(this, 'XlsxServer', {
      entry: WEB_SERVER_ENTRY,
      description: 'Trellis web: SvelteKit SSR for the Excel import and export routes',
      memorySize: 1024,
      timeout: Duration.seconds(30),
      alias: webBuildAlias(props.buildDir, { xlsx: true }),
      environment: serverEnvironment,
    });
    const xlsxUrl = this.xlsxServer.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    this.assets = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 'web-assets/',
    });

    const patterns = staticPathPatterns(clientDir);
    const jsonFiles = Object.entries(props.jsonFiles ?? {});
    for (const [key] of jsonFiles) {
      if (!patterns.some((p) => patternMatches(p, key))) throw new Error(`no static path pattern serves ${key} (patterns: ${patterns.join(', ')})`);
    }
    const assetBehavior: BehaviorOptions = {
      origin: S3BucketOrigin.withOriginAccessControl(this.assets),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      compress: true,
    };
    const custom = props.domainName && props.certificateArn
      ? {
        domainNames: [props.domainName],
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }
      : {};

    const serverOrigin = new FunctionUrlOrigin(serverUrl, {
      customHeaders: { [ORIGIN_VERIFY_HEADER]: originSecret.secretValue.unsafeUnwrap() },
    });
    const viewerRequest = [{
      eventType: FunctionEventType.VIEWER_REQUEST,
      function: new CloudFrontFunction(this, 'ViewerRequest', {
        code: FunctionCode.fromInline(viewerRequestCode),
        runtime: FunctionRuntime.JS_2_0,
      }),
    }];
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Trellis web (${props.stage})`,
      ...custom,
      // Signed-in pages, forms and everything else server-rendered: never cached.
      defaultBehavior: {
        origin: serverOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        compress: true,
        functionAssociations: viewerRequest,
      },
      additionalBehaviors: {
        [PUBLIC_PAGES_PATTERN]: publicPagesBehavior(this, serverOrigin, viewerRequest),
        ...Object.fromEntries(patterns.map((p) => [p, assetBehavior])),
        ...this.xlsxBehaviors(xlsxUrl, originSecret),
      },
      // Error pages are not kept at the edge (CloudFront would keep them 10 s by default): a new
      // site's address answers at once, and a server error is not repeated to other visitors.
      errorResponses: [400, 403, 404, 500, 502, 503, 504].map((httpStatus) => ({ httpStatus, ttl: Duration.seconds(0) })),
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.url = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
    this.acknowledgeDistribution(Boolean(custom.certificate));
    this.deployAssets(clientDir, jsonFiles.map(([key, data]) => Source.jsonData(key, data)));
  }

  /**
   * Two passes over the same files: hashed `_app/immutable` assets are cached for a year,
   * everything else (and the JSON files) revalidates. Neither prunes, so pages still open in a browser keep
   * finding the chunks of the previous release.
   */
  private deployAssets(clientDir: string, files: readonly ISource[]): void {
    const common = {
      sources: [Source.asset(clientDir)],
      destinationBucket: this.assets,
      prune: false,
      memoryLimit: 512,
    };
    const immutable = new BucketDeployment(this, 'ImmutableAssets', {
      ...common,
      exclude: ['*'],
      include: ['_app/immutable/*'],
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
    });
    const rest = new BucketDeployment(this, 'OtherAssets', {
      ...common,
      sources: [...common.sources, ...files],
      exclude: ['_app/immutable/*', ...COMPRESSED],
      cacheControl: [CacheControl.fromString('public, max-age=0, must-revalidate')],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    rest.node.addDependency(immutable);
    this.acknowledgeDeploymentHandler();
  }

  /**
   * The Excel routes go to the xlsx server with the same origin settings as the default
   * behavior: never cached, every viewer header but Host, the viewer Host and IP copied.
   */
  private xlsxBehaviors(url: FunctionUrl, originSecret: Secret): Record<string, BehaviorOptions> {
    const behavior: BehaviorOptions = {
      origin: new FunctionUrlOrigin(url, {
        customHeaders: { [ORIGIN_VERIFY_HEADER]: originSecret.secretValue.unsafeUnwrap() },
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      compress: true,
      functionAssociations: [{
        eventType: FunctionEventType.VIEWER_REQUEST,
        function: new CloudFrontFunction(this, 'XlsxViewerRequest', {
          code: FunctionCode.fromInline(viewerRequestCode),
          runtime: FunctionRuntime.JS_2_0,
        }),
      }],
    };
    return Object.fromEntries(XLSX_PATH_PATTERNS.map((pattern) => [pattern, behavior]));
  }

  private acknowledgeDistribution(hasCertificate: boolean): void {
    acknowledge(this.distribution, 'The platform serves users wherever they are; no country is excluded.', 'AwsSolutions-CFR1');
    acknowledge(
      this.distribution,
      'No WAF web ACL yet: login throttling is in the app and the API stage is throttled. Add a us-east-1 web ACL before public launch.',
      'AwsSolutions-CFR2',
    );
    if (!hasCertificate) {
      acknowledge(
        this.distribution,
        'Without a custom domain the default *.cloudfront.net certificate is used, whose TLS policy cannot be set; with domainName + certificateArn TLSv1.2_2021 is enforced.',
        'AwsSolutions-CFR4',
      );
    }
  }

  /** BucketDeployment's handler is a CDK-owned singleton at stack level (Python runtime). */
  private acknowledgeDeploymentHandler(): void {
    const stack = Stack.of(this);
    for (const handler of stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))) {
      acknowledge(handler, 'CDK-managed BucketDeployment handler; its runtime is chosen and updated by aws-cdk-lib.', 'AwsSolutions-L1');
      acknowledge(handler, 'CDK-managed BucketDeployment handler writes only its own logs with this policy.', LAMBDA_BASIC_EXECUTION);
      acknowledge(
        handler,
        'CDK-generated grants: read the staged asset objects, sync them into the assets bucket, invalidate the distribution (CloudFront invalidation actions take no resource ARN).',
        ...wildcards(
          bootstrapAssetsObjects(stack),
          `Resource::${arnRef(this.assets)}/*`,
          'Resource::*',
          ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((a) => `Action::${a}`),
        ),
      );
    }
  }
}
