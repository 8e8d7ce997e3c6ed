import { ROUTES } from '@trellis/shared/http/routes';
import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { SEASONS } from '../seasons';
import { SeasonsConfigError, type Season, type SeasonsConfig } from '../lib/season-config';
import { logicalId, trellis } from './synth';

type Resource = Record<string, any>;

/** A fixture: scheduled capacity on an existing capability (`notices`), two seasons. */
const season = (overrides: Partial<Season> = {}): Season => ({
  name: 'annual-2027',
  opens: '2027-04-01',
  closes: '2027-07-15',
  timeZone: 'Asia/Shanghai',
  provisionedConcurrency: 50,
  leadHours: 12,
  coolDownHours: 48,
  warmThroughput: { table: { read: 20_000, write: 8_000 }, indexes: { gsi1: { read: 15_000, write: 5_000 } } },
  ...overrides,
});
const fixture = (seasons: Season[], overrides: Partial<SeasonsConfig> = {}): SeasonsConfig => ({
  capabilities: ['notices'],
  aliasName: 'live',
  seasons,
  ...overrides,
});
const twoSeasons = fixture([
  season(),
  season({
    name: 'annual-2028', opens: '2028-04-01', closes: '2028-07-15', provisionedConcurrency: 80, leadHours: 24,
    warmThroughput: { table: { read: 12_000, write: 10_000 }, indexes: { gsi2: { read: 12_000, write: 4_500 } } },
  }),
]);

function synth(seasons: SeasonsConfig) {
  const { stack, template } = trellis({ seasons });
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const targets = Object.values(template.findResources('AWS::ApplicationAutoScaling::ScalableTarget')) as Resource[];
  return { stack, template, resources, targets };
}

describe('Capacity: scheduled provisioned concurrency from the seasons configuration', () => {
  const { stack, template, resources, targets } = synth(twoSeasons);
  const alias = stack.api.aliases.get('notices')!;

  it('puts a live alias on the configured capability, and only on it, and the API invokes the alias', () => {
    expect([...stack.api.aliases.keys()]).toEqual(['notices']);
    template.resourceCountIs('AWS::Lambda::Alias', 1);
    const aliasResource = resources[logicalId(alias)]!;
    expect(aliasResource.Properties.Name).toBe('live');
    expect(aliasResource.Properties.FunctionName).toEqual({ Ref: logicalId(stack.api.functions.get('notices')!) });
    const noticeRoutes = ROUTES.filter((r) => r.entry.startsWith('notices/') && !('localOnly' in r && r.localOnly));
    const integrations = Object.entries(template.findResources('AWS::ApiGatewayV2::Integration'));
    const toAlias = integrations.filter(([, i]) => JSON.stringify(i.Properties.IntegrationUri) === JSON.stringify({ Ref: logicalId(alias) }));
    expect(toAlias).toHaveLength(1);
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).filter((r) => JSON.stringify(r.Properties.Target).includes(toAlias[0]![0]));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(noticeRoutes.map((r) => `${r.method} ${r.path}`).sort());
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')) as Resource[];
    expect(permissions.filter((p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ Ref: logicalId(alias) }))).toHaveLength(1);
  });

  it('registers the alias provisioned concurrency as a scalable target, 0 to the largest season', () => {
    expect(targets).toHaveLength(1);
    expect(targets[0]!.Properties).toMatchObject({
      ServiceNamespace: 'lambda',
      ScalableDimension: 'lambda:function:ProvisionedConcurrency',
      MinCapacity: 0,
      MaxCapacity: 80,
    });
    expect(JSON.stringify(targets[0]!.Properties.ResourceId)).toContain(`{"Ref":"${logicalId(alias)}"}`);
    expect(JSON.stringify(targets[0]!.Properties.ResourceId)).toContain('":live"');
  });

  it('raises it at open minus lead hours and lowers it after close plus cool-down, in Beijing time', () => {
    expect(targets[0]!.Properties.ScheduledActions).toEqual([
      { ScheduledActionName: 'annual-2027-scale-up', Schedule: 'at(2027-03-31T12:00:00)', Timezone: 'Asia/Shanghai', ScalableTargetAction: { MinCapacity: 50, MaxCapacity: 50 } },
      // closes 15 July (inclusive): 16 July 00:00 + 48 h
      { ScheduledActionName: 'annual-2027-scale-down', Schedule: 'at(2027-07-18T00:00:00)', Timezone: 'Asia/Shanghai', ScalableTargetAction: { MinCapacity: 0, MaxCapacity: 0 } },
      { ScheduledActionName: 'annual-2028-scale-up', Schedule: 'at(2028-03-31T00:00:00)', Timezone: 'Asia/Shanghai', ScalableTargetAction: { MinCapacity: 80, MaxCapacity: 80 } },
      { ScheduledActionName: 'annual-2028-scale-down', Schedule: 'at(2028-07-18T00:00:00)', Timezone: 'Asia/Shanghai', ScalableTargetAction: { MinCapacity: 0, MaxCapacity: 0 } },
    ]);
  });

  it('changes the schedule when a date in the configuration changes', () => {
    const moved = fixture([season({ opens: '2027-04-08', closes: '2027-07-31' })]);
    const actions = synth(moved).targets[0]!.Properties.ScheduledActions as Resource[];
    expect(actions.map((a) => a.Schedule)).toEqual(['at(2027-04-07T12:00:00)', 'at(2027-08-03T00:00:00)']);
    const before = synth(fixture([season()])).targets[0]!.Properties.ScheduledActions as Resource[];
    expect(before.map((a) => a.Schedule)).toEqual(['at(2027-03-31T12:00:00)', 'at(2027-07-18T00:00:00)']);
  });

  it('alarms on spillover and high utilization of the provisioned concurrency, to the alarm topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const own = alarms.filter((a) => JSON.stringify(a.Properties.Dimensions ?? []).includes('"Resource"'));
    expect(own.map((a) => a.Properties.MetricName).sort()).toEqual(['ProvisionedConcurrencySpilloverInvocations', 'ProvisionedConcurrencyUtilization']);
    for (const alarm of own) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: logicalId(stack.monitoring.topic) }]);
  });

  it('keeps cdk-nag clean', () => {
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });
});

describe('Warm throughput from the seasons configuration', () => {
  const table = (template: ReturnType<typeof synth>['template']) => Object.values(template.findResources('AWS::DynamoDB::Table'))[0]!;
  const warmOf = (t: Resource, index?: string) =>
    index ? t.Properties.GlobalSecondaryIndexes.find((g: Resource) => g.IndexName === index)?.WarmThroughput : t.Properties.WarmThroughput;

  it('sizes the table and each GSI to the maximum over the seasons (it is a floor, not scheduled)', () => {
    const t = table(synth(twoSeasons).template);
    expect(warmOf(t)).toEqual({ ReadUnitsPerSecond: 20_000, WriteUnitsPerSecond: 10_000 });
    expect(warmOf(t, 'gsi1')).toEqual({ ReadUnitsPerSecond: 15_000, WriteUnitsPerSecond: 5_000 });
    expect(warmOf(t, 'gsi2')).toEqual({ ReadUnitsPerSecond: 12_000, WriteUnitsPerSecond: 4_500 });
    expect(warmOf(t, 'gsi3')).toBeUndefined();
  });

  it('keeps the floor of past seasons', () => {
    const t = table(synth(fixture([season()], { warmThroughputFloor: { table: { read: 30_000, write: 4_000 } } })).template);
    expect(warmOf(t)).toEqual({ ReadUnitsPerSecond: 30_000, WriteUnitsPerSecond: 8_000 });
  });

  it('is deployed from infra/seasons.ts on the table and the GSIs it names', () => {
    const t = table(trellis().template);
    const warm = SEASONS.seasons.find((s) => s.warmThroughput)?.warmThroughput;
    expect(warm?.table).toBeDefined();
    expect(warmOf(t)).toMatchObject({ ReadUnitsPerSecond: expect.any(Number), WriteUnitsPerSecond: expect.any(Number) });
    for (const name of Object.keys(warm?.indexes ?? {})) expect(warmOf(t, name), name).toBeDefined();
    expect(Object.keys(warm?.indexes ?? {}).length).toBeGreaterThan(0);
  });
});

describe('The deployed configuration (infra/seasons.ts)', () => {
  const { stack, targets } = synth(SEASONS);

  it('schedules the report-saving capability when it has routes, and skips it gracefully until then', () => {
    const deployed = new Set(ROUTES.filter((r) => !('localOnly' in r && r.localOnly)).map((r) => r.entry.split('/')[0]!));
    const present = SEASONS.capabilities.filter((c) => deployed.has(c));
    expect(stack.capacity.skipped).toEqual(SEASONS.capabilities.filter((c) => !deployed.has(c)));
    expect([...stack.capacity.targets.keys()]).toEqual(present);
    expect(targets).toHaveLength(present.length);
    for (const target of targets) expect(target.Properties.ScheduledActions).toHaveLength(2 * SEASONS.seasons.length);
  });
});

describe('An invalid seasons configuration is refused at synth, with every problem named', () => {
  const refuse = (config: SeasonsConfig, ...messages: RegExp[]) => {
    let error: unknown;
    try {
      trellis({ seasons: config });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeasonsConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid seasons configuration \(infra\/seasons\.ts\):/);
    for (const m of messages) expect(message).toMatch(m);
    expect((error as SeasonsConfigError).problems).toHaveLength(messages.length);
  };

  it('close before open', () => {
    refuse(fixture([season({ closes: '2027-03-01' })]), /seasons\[0\] \(annual-2027\): closes 2027-03-01 is before opens 2027-04-01/);
  });

  it('overlapping windows (lead and cool-down included)', () => {
    refuse(
      fixture([season(), season({ name: 'autumn-2027', opens: '2027-07-18', closes: '2027-09-30' })]),
      /seasons annual-2027 and autumn-2027 overlap .*annual-2027 scales down at\(2027-07-18T00:00:00\) Asia\/Shanghai, after autumn-2027 scales up at\(2027-07-17T12:00:00\)/,
    );
  });

  it('dates that are not dates, unknown zones, bad counts, duplicate names', () => {
    refuse(
      fixture([
        season({ opens: '2027-02-30', timeZone: 'Asia/Beijing', provisionedConcurrency: 0 }),
        season({ closes: '15/07/2027', leadHours: -1 }),
      ]),
      /seasons\[0\] \(annual-2027\): opens "2027-02-30" is not a date/,
      /time zone "Asia\/Beijing" is not an IANA zone/,
      /provisionedConcurrency 0 must be a whole number from 1 to 10000/,
      /seasons\[1\] \(annual-2027\): the name is used twice/,
      /closes "15\/07\/2027" is not a date/,
      /leadHours must be a whole number/,
    );
  });

  it('warm throughput below the on-demand default, or on an index the table does not have', () => {
    refuse(
      fixture([season({ warmThroughput: { table: { read: 1_000, write: 8_000 }, indexes: { gsi9: { read: 12_000, write: 4_000 } } } })]),
      /table: warm read units 1000 must be a whole number >= 12000/,
      new RegExp(`index gsi9, which the table does not have \\(${TABLE_SCHEMA.indexes.map((i) => i.name).join(', ')}\\)`),
    );
  });

  it('no capability, or an alias name Lambda would refuse', () => {
    refuse(fixture([season()], { capabilities: [], aliasName: '42' }), /capabilities: name at least one/, /aliasName: "42" is not a Lambda alias name/);
  });
});
