import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { logicalId, trellis } from './synth';

type Alarm = { Properties: Record<string, any> };

describe('Monitoring', () => {
  const { stack, template } = trellis();
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
  const metricNames = (namespace: string) =>
    alarms.filter((a) => a.Properties.Namespace === namespace).map((a) => a.Properties.MetricName as string);

  it('alarms on errors and throttles of every function', () => {
    // API capabilities (not routes), stream workers, scheduled jobs, the web server and its xlsx server
    const functions = stack.api.functions.size + stack.notify.workers.size + stack.jobs.functions.size + 2;
    expect(stack.jobs.functions.size).toBeGreaterThan(0);
    expect(stack.api.functions.size).toBeLessThan(stack.api.routes.length);
    expect(metricNames('AWS/Lambda').filter((m) => m === 'Errors')).toHaveLength(functions);
    expect(metricNames('AWS/Lambda').filter((m) => m === 'Throttles')).toHaveLength(functions);
  });

  it('alarms on errors and throttles of each API capability function', () => {
    for (const [capability, fn] of stack.api.functions) {
      const dimensions = (a: Alarm) => JSON.stringify(a.Properties.Dimensions);
      const own = alarms.filter((a) => dimensions(a) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: logicalId(fn) } }]));
      expect(own.map((a) => a.Properties.MetricName).sort(), capability).toEqual(['Errors', 'Throttles']);
    }
  });

  it('alarms on DynamoDB throttling, API 5xx and dead SMS', () => {
    expect(metricNames('AWS/DynamoDB').sort()).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    expect(metricNames('AWS/ApiGateway')).toEqual(['5xx']);
    expect(metricNames('AWS/SQS')).toEqual([...stack.notify.deadLetters.keys()].map(() => 'ApproximateNumberOfMessagesVisible'));
  });

  it('notifies an encrypted, TLS-only topic', () => {
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'))[0];
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });
});
