import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { webPlaceholderDir } from '../lib/paths';
import { TrellisStack } from '../lib/stack';
import { testApp, trellis } from './synth';

/**
 * cdk-nag v3 is a policy-validation plugin: findings are not Annotations but violations in
 * its report (and a failed synth). Every acknowledgement carries its reason in lib/.
 */
describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged: no errors, no warnings', () => {
    const report = new AwsSolutionsChecks().validateScope(trellis().stack);
    const findings = report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });

  it('also holds with a custom domain (the TLS policy is enforced, not acknowledged)', () => {
    const { stack } = trellis({ domainName: 'trellis.example.org', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' });
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });

  it('lets a full synthesis with the plugin registered succeed', () => {
    const app = testApp({ validate: true });
    new TrellisStack(app, 'Trellis-nag', { stage: 'test', webBuildDir: webPlaceholderDir });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});
