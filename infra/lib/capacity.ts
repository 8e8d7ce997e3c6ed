import { Annotations, Duration, TimeZone } from 'aws-cdk-lib';
import { Schedule } from 'aws-cdk-lib/aws-applicationautoscaling';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Alias, IScalableFunctionAttribute } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { capabilityConstructId } from './capability-entry';
import type { ScalingWindow, SeasonsConfig } from './season-config';

export interface CapacityProps {
  readonly seasons: SeasonsConfig;
  /** The validated windows of `seasons` (validateSeasons), in time order. */
  readonly windows: readonly ScalingWindow[];
  /** Capability -> the alias the API invokes (Api.aliases). */
  readonly aliases: ReadonlyMap<string, Alias>;
  /** Where the provisioned-concurrency alarms go (the monitoring topic). */
  readonly alarmTopic?: ITopic;
}

const PERIOD = Duration.minutes(5);

/**
 * Scheduled provisioned concurrency for the reporting season, derived from infra/seasons.ts.
 * Each configured capability's alias becomes an Application Auto Scaling scalable target with
 * two one-time scheduled actions per season, in the season's time zone: at open minus lead
 * hours min = max = the season's concurrency, at close plus cool-down min = max = 0.
 *
 * The target itself is registered with min 0 and max = the largest season's concurrency, so a
 * deploy in the middle of a window (CloudFormation re-registers the target when an action
 * changes) keeps the current allocation: Application Auto Scaling only moves capacity that
 * lies outside [min, max]. A capability that has no routes (yet) is skipped with a warning.
 */
export class Capacity extends Construct {
  /** Capability -> its scalable provisioned concurrency. */
  readonly targets = new Map<string, IScalableFunctionAttribute>();
  /** Configured capabilities that have no deployed function, so nothing was scheduled. */
  readonly skipped: string[] = [];

  constructor(scope: Construct, id: string, props: CapacityProps) {
    super(scope, id);
    const { windows } = props;
    const maxCapacity = Math.max(0, ...windows.map((w) => w.provisionedConcurrency));
    for (const capability of props.seasons.capabilities) {
      const alias = props.aliases.get(capability);
      if (!alias) {
        this.skipped.push(capability);
        Annotations.of(this).addWarningV2(
          `trellis:capacity.${capability}`,
          `Seasons configuration names capability "${capability}", which has no routes: no provisioned concurrency scheduled for it.`,
        );
        continue;
      }
      if (windows.length === 0) continue;
      const name = capabilityConstructId(capability);
      const scaling = alias.addAutoScaling({ minCapacity: 0, maxCapacity });
      for (const window of windows) {
        const timeZone = TimeZone.of(window.timeZone);
        const capacity = window.provisionedConcurrency;
        scaling.scaleOnSchedule(`${window.season}-scale-up`, {
          schedule: Schedule.expression(window.scaleUp), timeZone, minCapacity: capacity, maxCapacity: capacity,
        });
        scaling.scaleOnSchedule(`${window.season}-scale-down`, {
          schedule: Schedule.expression(window.scaleDown), timeZone, minCapacity: 0, maxCapacity: 0,
        });
      }
      this.targets.set(capability, scaling);
      this.alarms(name, alias, props.alarmTopic);
    }
  }

  /**
   * During a window: requests beyond the provisioned environments (spillover, cold starts) and
   * an allocation used to 90 % for 15 minutes both mean "raise the concurrency" (runbook).
   * Outside a window the alias has no provisioned concurrency and emits neither metric.
   */
  private alarms(name: string, alias: Alias, topic: ITopic | undefined): void {
    const spillover = new Alarm(this, `${name}Spillover`, {
      metric: alias.metric('ProvisionedConcurrencySpilloverInvocations', { period: PERIOD, statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${name}: invocations beyond provisioned concurrency (raise it: README, Reporting season runbook)`,
    });
    const utilization = new Alarm(this, `${name}Utilization`, {
      metric: alias.metric('ProvisionedConcurrencyUtilization', { period: PERIOD, statistic: 'Maximum' }),
      threshold: 0.9,
      evaluationPeriods: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${name}: provisioned concurrency at least 90 % used for 15 minutes`,
    });
    if (topic) for (const alarm of [spillover, utilization]) alarm.addAlarmAction(new SnsAction(topic));
  }
}
