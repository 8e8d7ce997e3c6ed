import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { repoRoot, webPlaceholderDir } from '../lib/paths';
import { TrellisStack, type TrellisStackProps } from '../lib/stack';

/** The feature flags and settings of cdk.json, so tests synthesize what `cdk synth` does. */
export function cdkContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/**
 * A fresh app for tests, without the two slow steps the template assertions do not need:
 * asset bundling (`aws:cdk:bundling-stacks: []`; esbuild over every function costs ~10 s) and
 * the built-in CloudFormation schema validation (~4 s). bundling.test.ts bundles for real,
 * nag.test.ts validates, and `cdk synth` does both. Entries are still checked: lambdaCode (lambda-code.ts)
 * throws when an entry file is missing, and the API's generated capability entries throw when
 * a route's handler module is (capability-entry.ts).
 */
export function testApp({ validate = false } = {}): App {
  return new App({
    context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: validate,
  });
}

interface Synthesized {
  app: App;
  stack: TrellisStack;
  template: Template;
}

let cached: Synthesized | undefined;

/**
 * The one TrellisStack the test files assert on, synthesized once per test worker (vitest
 * isolates test files, so a file builds it at most once). Uses the committed placeholder
 * web build so results do not depend on whether web/ was built.
 */
export function trellis(overrides: Partial<TrellisStackProps> = {}): Synthesized {
  if (cached && Object.keys(overrides).length === 0) return cached;
  const app = testApp();
  const stack = new TrellisStack(app, 'Trellis-test', { stage: 'test', webBuildDir: webPlaceholderDir, ...overrides });
  const result = { app, stack, template: Template.fromStack(stack) };
  if (Object.keys(overrides).length === 0) cached = result;
  return result;
}

/** The template logical id of an L2 construct's CloudFormation resource. */
export function logicalId(construct: IConstruct): string {
  const cfn = construct.node.defaultChild;
  if (!(cfn instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).resolve(cfn.logicalId) as string;
}
