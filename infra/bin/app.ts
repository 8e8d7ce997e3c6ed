import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { webBuildDir, webPlaceholderDir } from '../lib/paths';
import { smsLimitsFromContext } from '../lib/sms';
import { TrellisStack } from '../lib/stack';

const app = new App();
const context = (key: string): string | undefined => app.node.tryGetContext(key) ?? undefined;
const stage = context('stage') ?? 'prod';

/**
 * The web app is built separately (`npm run build -w web`). Rather than fail, a fresh clone
 * synthesizes with the committed placeholder (infra/web-placeholder, a server that answers
 * 503 "not built"), so `cdk synth` and the infra tests work offline without building web/.
 */
let buildDir = webBuildDir;
if (!existsSync(join(webBuildDir, 'server/server.js'))) {
  buildDir = webPlaceholderDir;
  console.warn(
    `[trellis] ${webBuildDir} not found: using the placeholder web app. ` +
      'Run `npm run build -w web` before `cdk deploy` to ship the real one.',
  );
}

new TrellisStack(app, `Trellis-${stage}`, {
  // Environment-agnostic unless the CLI knows an account (synth works without credentials).
  env: process.env.CDK_DEFAULT_ACCOUNT
    ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }
    : undefined,
  stage,
  webBuildDir: buildDir,
  domainName: context('domainName'),
  certificateArn: context('certificateArn'),
  alarmEmail: context('alarmEmail'),
  // Defaults: 10 messages/s per outbox worker instance, 2000 SMS per org per day.
  sms: smsLimitsFromContext(app.node),
});

// cdk-nag v3 is a policy-validation plugin (not an Aspect): violations fail synthesis and
// are listed in cdk.out/policy-validation-report.json.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
