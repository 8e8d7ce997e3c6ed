import { SCHEDULED_JOBS, type ScheduledJob } from '@trellis/shared/http/scheduled-jobs';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { Data } from '../lib/data';
import { Jobs } from '../lib/jobs';
import { logicalId, testApp, trellis } from './synth';

type Resource = Record<string, any>;

/** EventBridge's rate syntax, written out independently of the CDK: whole days, else hours, else minutes. */
function rateExpression(minutes: number): string {
  const [value, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return `rate(${value} ${unit}${value === 1 ? '' : 's'})`;
}

const resourcesOf = (template: Template, type: string) => Object.values(template.findResources(type)) as Resource[];

/** The one rule targeting `functionId`, and that target. */
function ruleFor(template: Template, functionId: string): { rule: Resource; target: Resource } {
  const matches = resourcesOf(template, 'AWS::Events::Rule').flatMap((rule) =>
    (rule.Properties.Targets as Resource[])
      .filter((t) => JSON.stringify(t.Arn) === JSON.stringify({ 'Fn::GetAtt': [functionId, 'Arn'] }))
      .map((target) => ({ rule, target })),
  );
  expect(matches, functionId).toHaveLength(1);
  return matches[0]!;
}

describe('Jobs: one scheduled function per SCHEDULED_JOBS entry', () => {
  const { stack, template } = trellis();
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const jobFunctions = resourcesOf(template, 'AWS::Lambda::Function').filter((fn) =>
    String(fn.Properties.Description ?? '').startsWith('Trellis scheduled job '),
  );

  it('has exactly one function and one schedule rule per job', () => {
    expect(SCHEDULED_JOBS.length).toBeGreaterThan(0);
    expect([...stack.jobs.functions.keys()]).toEqual(SCHEDULED_JOBS.map((job) => job.id));
    expect([...stack.jobs.rules.keys()]).toEqual(SCHEDULED_JOBS.map((job) => job.id));
    expect(jobFunctions).toHaveLength(SCHEDULED_JOBS.length);
    template.resourceCountIs('AWS::Events::Rule', SCHEDULED_JOBS.length);
  });

  it.each(SCHEDULED_JOBS)('$id: runs $entry every $everyMinutes min on Node.js 22 arm64', (job) => {
    const fn = resources[logicalId(stack.jobs.functions.get(job.id)!)]!;
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
    expect(fn.Properties.Description).toBe(`Trellis scheduled job ${job.id}: every ${job.everyMinutes} min`);

    const { rule, target } = ruleFor(template, logicalId(stack.jobs.functions.get(job.id)!));
    expect(rule.Properties).toMatchObject({ ScheduleExpression: rateExpression(job.everyMinutes), State: 'ENABLED' });
    expect(rule.Properties.EventPattern).toBeUndefined();
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: Math.min(job.everyMinutes, 1440) * 60 });
    expect(target.Input).toBeUndefined(); // the handler takes no event
  });

  it.each(SCHEDULED_JOBS)('$id: lets only its rule invoke it', (job) => {
    const fnId = logicalId(stack.jobs.functions.get(job.id)!);
    const permissions = resourcesOf(template, 'AWS::Lambda::Permission').filter(
      (p) => JSON.stringify(p.Properties.FunctionName).includes(`"${fnId}"`),
    );
    expect(permissions.map((p) => p.Properties)).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [logicalId(stack.jobs.rules.get(job.id)!), 'Arn'] },
      },
    ]);
  });

  it('binds the table read/write and sets the stage; no bucket, SMS or proxy secret', () => {
    for (const fn of jobFunctions) {
      const env = fn.Properties.Environment.Variables;
      expect(env).toMatchObject({ STAGE: 'test', TABLE_NAME: { Ref: expect.stringMatching(/^DataTable/) } });
      for (const absent of ['BUCKET_NAME', 'SMS_MODE', 'PROXY_SECRET', 'SMS_DAILY_BUDGET', 'SMS_RATE_PER_SECOND']) {
        expect(env, absent).not.toHaveProperty(absent);
      }
    }
    for (const job of SCHEDULED_JOBS) {
      const role = logicalId(stack.jobs.functions.get(job.id)!.role!);
      const actions = resourcesOf(template, 'AWS::IAM::Policy')
        .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: role }]))
        .flatMap((p) => p.Properties.PolicyDocument.Statement)
        .flatMap((s: { Action: string | string[] }) => [s.Action].flat());
      expect(actions, job.id).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem']));
      expect(actions.filter((a) => !a.startsWith('dynamodb:')), job.id).toEqual([]);
    }
  });

  it('alarms on each job function\'s errors and throttles', () => {
    const alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm');
    for (const job of SCHEDULED_JOBS) {
      const fnId = logicalId(stack.jobs.functions.get(job.id)!);
      const metrics = alarms
        .filter((a) => JSON.stringify(a.Properties.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: fnId } }]))
        .map((a) => a.Properties.MetricName);
      expect(metrics.sort(), job.id).toEqual(['Errors', 'Throttles']);
    }
  });

  it('keeps stable logical ids (a rename would replace the deployed function and rule)', () => {
    expect(logicalId(stack.jobs.functions.get('publish-due-notices')!)).toMatch(/^JobsPublishDueNotices[0-9A-F]{8}$/);
    expect(logicalId(stack.jobs.rules.get('publish-due-notices')!)).toMatch(/^JobsPublishDueNoticesSchedule[0-9A-F]{8}$/);
  });
});

describe('Jobs: other schedules', () => {
  const entry = SCHEDULED_JOBS[0]!.entry;
  const jobs: ScheduledJob[] = [
    { id: 'every-minute', entry, everyMinutes: 1 },
    { id: 'every-5', entry, everyMinutes: 5 },
    { id: 'every-90', entry, everyMinutes: 90 },
    { id: 'hourly', entry, everyMinutes: 60 },
    { id: 'daily', entry, everyMinutes: 1440 },
    { id: 'weekly', entry, everyMinutes: 7 * 1440 },
  ];
  const stack = new Stack(testApp(), 'Schedules');
  const { table } = new Data(stack, 'Data');
  const construct = new Jobs(stack, 'Jobs', { table, stage: 'test', jobs });
  const template = Template.fromStack(stack);

  it.each([
    ['every-minute', 'rate(1 minute)', 60],
    ['every-5', 'rate(5 minutes)', 300],
    ['every-90', 'rate(90 minutes)', 5400],
    ['hourly', 'rate(1 hour)', 3600],
    ['daily', 'rate(1 day)', 86400],
    ['weekly', 'rate(7 days)', 86400], // EventBridge keeps an event for 24 h at most
  ])('%s: %s, events dropped after %i s', (id, expression, maxAge) => {
    const { rule, target } = ruleFor(template, logicalId(construct.functions.get(id)!));
    expect(rule.Properties.ScheduleExpression).toBe(expression);
    expect(rateExpression(jobs.find((j) => j.id === id)!.everyMinutes)).toBe(expression);
    expect(target.RetryPolicy.MaximumEventAgeInSeconds).toBe(maxAge);
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses everyMinutes = %s', (everyMinutes) => {
    const bad = new Stack(testApp(), 'Bad');
    const { table: badTable } = new Data(bad, 'Data');
    expect(() => new Jobs(bad, 'Jobs', { table: badTable, stage: 'test', jobs: [{ id: 'bad', entry, everyMinutes }] })).toThrow(
      /everyMinutes must be a whole number/,
    );
  });

  it('needs no cdk-nag acknowledgement beyond the shared function ones', () => {
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });
});
