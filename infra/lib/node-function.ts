import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledge, LAMBDA_BASIC_EXECUTION } from './nag';
import { repoRoot } from './paths';

export interface NodeFunctionProps
  extends Pick<
    NodejsFunctionProps,
    'description' | 'environment' | 'memorySize' | 'timeout' | 'reservedConcurrentExecutions'
  > {
  /** Absolute path of the TypeScript module that exports `handler`. */
  readonly entry: string;
  /** Extra esbuild flags, e.g. `--alias` for the web server build. */
  readonly esbuildArgs?: Record<string, string>;
}

/**
 * The runtime is pinned to Node.js 22 (the project's `engines`), not "latest": a runtime
 * bump is a deliberate change tested locally first (see the AwsSolutions-L1 acknowledgement).
 */
export const NODE_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Every Lambda of the app: Node.js 22 on arm64, bundled by the esbuild in node_modules
 * (no Docker), with its own log group so retention is explicit.
 *
 * Bundling: ESM (`index.mjs`), because the sources and their dependencies (middy, zod) are
 * ESM and top-level await must keep working; the banner gives bundled CommonJS code a
 * `require` for Node built-ins. The AWS SDK v3 is bundled rather than taken from the
 * runtime, so the versions pinned in functions/package.json are the ones that run.
 */
export function nodeFunction(scope: Construct, id: string, props: NodeFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
  const fn = new NodejsFunction(scope, id, {
    entry: props.entry,
    handler: 'handler',
    description: props.description,
    runtime: NODE_RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout ?? Duration.seconds(10),
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    logGroup,
    projectRoot: repoRoot,
    depsLockFilePath: join(repoRoot, 'package-lock.json'),
    environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      mainFields: ['module', 'main'],
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      logLevel: LogLevel.WARNING,
      bundleAwsSDK: true,
      externalModules: [],
      banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      esbuildArgs: props.esbuildArgs,
    },
  });
  acknowledge(fn, 'Node.js 22 is pinned on purpose (project engines); runtime upgrades are a tested change, not drift.', 'AwsSolutions-L1');
  acknowledge(
    fn,
    'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch Logs; an inline copy would add nothing.',
    LAMBDA_BASIC_EXECUTION,
  );
  return fn;
}
