import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  /** Construct-id-safe name -> function; each gets an errors and a throttles alarm. */
  readonly functions: ReadonlyMap<string, IFunction>;
  readonly table: ITable;
  readonly httpApi: IHttpApi;
  /** Construct-id-safe name -> a stream consumer's dead-letter queue; each gets an alarm. */
  readonly deadLetters: ReadonlyMap<string, IQueue>;
  /** Subscribed to the alarm topic when given (context `alarmEmail`). */
  readonly alarmEmail?: string;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms on what needs a human: Lambda errors and throttles, DynamoDB throttling, API 5xx,
 * and any stream record (e.g. an SMS) that ended in a consumer's dead-letter queue. All
 * notify one SNS topic.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // A customer-managed key: CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Trellis alarm topic',
      enableKeyRotation: true,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const [name, fn] of props.functions) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), `${name} function errors`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), `${name} function throttled`);
    }
    for (const metric of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      this.alarm(`Table${metric}`, props.table.metric(metric, { period: PERIOD, statistic: 'Sum' }), `DynamoDB ${metric}`);
    }
    this.alarm('Api5xx', props.httpApi.metricServerError({ period: PERIOD, statistic: 'Sum' }), 'HTTP API 5xx responses');
    for (const [name, queue] of props.deadLetters) {
      this.alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
        `${name} stream records failed all retries`,
      );
    }
  }

  /** Fires as soon as one 5-minute period counts one event. */
  private alarm(id: string, metric: IMetric, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
