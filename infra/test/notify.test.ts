import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { STREAM_CONSUMERS, type StreamConsumer } from '@trellis/shared/http/stream-consumers';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { Data } from '../lib/data';
import { Notify } from '../lib/notify';
import type { SmsLimits } from '../lib/sms';
import { logicalId, testApp, trellis } from './synth';

type Resource = Record<string, any>;

/** The stream filter a consumer must get: new items under its partition-key prefix. */
const expectedFilter = (consumer: StreamConsumer) => ({
  eventName: ['INSERT'],
  dynamodb: { Keys: { [TABLE_SCHEMA.partitionKey]: { S: [{ prefix: consumer.pkPrefix }] } } },
});

function mappingOf(template: Template, workerId: string): Resource {
  const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Resource[];
  const mapping = mappings.find((m) => m.Properties.FunctionName.Ref === workerId);
  if (!mapping) throw new Error(`no event source mapping for ${workerId}`);
  return mapping;
}

const filtersOf = (mapping: Resource) =>
  (mapping.Properties.FilterCriteria.Filters as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern));

function snsStatements(template: Template, roleId: string): Resource[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement)
    .filter((s) => [s.Action].flat().includes('sns:Publish'));
}

describe('Notify: one stream worker per STREAM_CONSUMERS entry', () => {
  const { stack, template } = trellis();

  it('has exactly one worker and one event source mapping per consumer', () => {
    expect([...stack.notify.workers.keys()]).toEqual(STREAM_CONSUMERS.map((c) => c.id));
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', STREAM_CONSUMERS.length);
  });

  it.each(STREAM_CONSUMERS)('$id: reads the table stream in small, bisected, retried batches with a dead-letter queue', (consumer) => {
    const worker = stack.notify.workers.get(consumer.id);
    const queue = stack.notify.deadLetters.get(consumer.id);
    if (!worker || !queue) throw new Error(`consumer ${consumer.id} not wired`);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(worker) },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(queue), 'Arn'] } } },
    });
  });

  it.each(STREAM_CONSUMERS)('$id: only receives new items under its pk prefix', (consumer) => {
    const worker = stack.notify.workers.get(consumer.id);
    if (!worker) throw new Error(`consumer ${consumer.id} not wired`);
    expect(filtersOf(mappingOf(template, logicalId(worker)))).toEqual([expectedFilter(consumer)]);
  });

  it('keeps the outbox worker\'s logical ids (deployed resources are not replaced)', () => {
    expect(logicalId(stack.notify.workers.get('outbox')!)).toMatch(/^NotifyOutboxWorker[0-9A-F]{8}$/);
    expect(logicalId(stack.notify.deadLetters.get('outbox')!)).toMatch(/^NotifyOutboxDlq[0-9A-F]{8}$/);
  });

  it('runs the outbox worker on Node.js 22 arm64 with bounded concurrency, SNS SMS mode and the table bound', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 2,
      Environment: { Variables: Match.objectLike({ SMS_MODE: 'sns', TABLE_NAME: Match.anyValue(), STAGE: 'test' }) },
      Description: Match.stringLikeRegexp('outbox worker'),
    });
  });

  it('paces the outbox worker and caps each org\'s daily SMS: 10/s per instance, 2000 per day by default', () => {
    const env = template.toJSON().Resources[logicalId(stack.notify.workers.get('outbox')!)].Properties.Environment.Variables;
    expect(env).toMatchObject({ SMS_RATE_PER_SECOND: '10', SMS_DAILY_BUDGET: '2000' });
  });

  it('lets the outbox worker publish SMS through SNS', () => {
    expect(snsStatements(template, 'NotifyOutboxWorkerServiceRole')).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Resource: '*' }),
    );
  });

  it('keeps failed records in encrypted, TLS-only queues', () => {
    template.resourceCountIs('AWS::SQS::Queue', STREAM_CONSUMERS.length);
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });
});

describe('Notify: a consumer without options', () => {
  const extra: StreamConsumer = { id: 'audit-trail', entry: 'notify/outbox-worker', pkPrefix: 'AUDIT#' };
  const stack = new Stack(testApp(), 'Consumers');
  const { table } = new Data(stack, 'Data');
  const notify = new Notify(stack, 'Notify', { table, stage: 'test', consumers: [...STREAM_CONSUMERS, extra] });
  const template = Template.fromStack(stack);
  const worker = template.toJSON().Resources[logicalId(notify.workers.get(extra.id)!)] as Resource;

  it('gets the common wiring: its own filter, dead-letter queue and the table', () => {
    expect(logicalId(notify.workers.get(extra.id)!)).toMatch(/^NotifyAuditTrailWorker/);
    const mapping = mappingOf(template, logicalId(notify.workers.get(extra.id)!));
    expect(filtersOf(mapping)).toEqual([expectedFilter(extra)]);
    expect(mapping.Properties.DestinationConfig.OnFailure.Destination).toEqual({
      'Fn::GetAtt': [logicalId(notify.deadLetters.get(extra.id)!), 'Arn'],
    });
    expect(Object.keys(worker.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['TABLE_NAME', 'STAGE']));
  });

  it('gets none of the SMS specifics', () => {
    expect(worker.Properties.ReservedConcurrentExecutions).toBeUndefined();
    for (const name of ['SMS_MODE', 'SMS_RATE_PER_SECOND', 'SMS_DAILY_BUDGET']) {
      expect(worker.Properties.Environment.Variables, name).not.toHaveProperty(name);
    }
    expect(snsStatements(template, 'NotifyAuditTrailWorkerServiceRole')).toEqual([]);
  });

  it('needs no further cdk-nag acknowledgement', () => {
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });
});

describe('Notify: SMS limits', () => {
  const outboxEnv = (sms: SmsLimits) => {
    const stack = new Stack(testApp(), 'Limits');
    const { table } = new Data(stack, 'Data');
    const notify = new Notify(stack, 'Notify', { table, stage: 'test', sms });
    return Template.fromStack(stack).toJSON().Resources[logicalId(notify.workers.get('outbox')!)].Properties.Environment.Variables;
  };

  it('passes the given rate and budget to the SMS sender', () => {
    expect(outboxEnv({ ratePerSecond: 2.5, dailyBudget: 0 })).toMatchObject({ SMS_RATE_PER_SECOND: '2.5', SMS_DAILY_BUDGET: '0' });
  });

  it('refuses a rate too slow to send one batch of 10 within the 30 s timeout', () => {
    expect(outboxEnv({ ratePerSecond: 0.5, dailyBudget: 2000 })).toMatchObject({ SMS_RATE_PER_SECOND: '0.5' }); // 20 s
    expect(() => outboxEnv({ ratePerSecond: 1 / 3, dailyBudget: 2000 })).toThrow(/beyond the outbox worker's 30 s timeout/);
  });
});
