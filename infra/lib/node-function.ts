import { Duration } from 'aws-cdk-lib';
import { Architecture, Function as LambdaFunction, Runtime, type FunctionProps } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LAMBDA_BUNDLE_FILE } from './bundle-options';
import { lambdaCode } from './lambda-code';
import { acknowledge, LAMBDA_BASIC_EXECUTION } from './nag';

/** The function construct every Lambda of the app is. */
export type NodeFunction = LambdaFunction;

export interface NodeFunctionProps
  extends Pick<FunctionProps, 'description' | 'environment' | 'memorySize' | 'timeout' | 'reservedConcurrentExecutions'> {
  /** Absolute path of the TypeScript module that exports `handler`. */
  readonly entry: string;
  /** esbuild aliases, e.g. `trellis-web-build` for the web server build. */
  readonly alias?: Readonly<Record<string, string>>;
}

/**
 * The runtime is pinned to Node.js 22 (the project's `engines`), not "latest": a runtime
 * bump is a deliberate change tested locally first (see the AwsSolutions-L1 acknowledgement).
 * Its AWS SDK v3 is the one the functions use (bundle-options.ts, README "Lambda bundles").
 */
export const NODE_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Every Lambda of the app: Node.js 22 on arm64, bundled by esbuild with the shared options
 * (bundle-options.ts: ESM `index.mjs`, minified, source maps, the AWS SDK from the runtime),
 * with its own log group so retention is explicit.
 */
export function nodeFunction(scope: Construct, id: string, props: NodeFunctionProps): NodeFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
  const fn = new LambdaFunction(scope, id, {
    code: lambdaCode(props.entry, props.alias),
    handler: `${LAMBDA_BUNDLE_FILE.replace(/\.mjs$/, '')}.handler`,
    description: props.description,
    runtime: NODE_RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout ?? Duration.seconds(10),
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    logGroup,
    environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
  });
  acknowledge(fn, 'Node.js 22 is pinned on purpose (project engines); runtime upgrades are a tested change, not drift.', 'AwsSolutions-L1');
  acknowledge(
    fn,
    'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch Logs; an inline copy would add nothing.',
    LAMBDA_BASIC_EXECUTION,
  );
  return fn;
}
