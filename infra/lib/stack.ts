import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { SEASONS } from '../seasons';
import { Api } from './api';
import { bindEdge } from './bind';
import { Capacity } from './capacity';
import { capabilityConstructId } from './capability-entry';
import { Data, type DataProps } from './data';
import { jobConstructId, Jobs } from './jobs';
import { AccessLogs } from './logs';
import { Media } from './media';
import { Monitoring } from './monitoring';
import { consumerConstructId, Notify } from './notify';
import { publishedOpenApi, type PublishedOpenApi } from './openapi';
import { validateSeasons, warmThroughputFor, type SeasonsConfig } from './season-config';
import { smsLimits, type SmsLimits } from './sms';
import { Web } from './web';

export interface TrellisStackProps extends StackProps {
  /** Deployment stage name (`STAGE` in every function). */
  readonly stage: string;
  /** adapter-node build of web/ (or the placeholder): see bin/app.ts. */
  readonly webBuildDir: string;
  readonly billing?: DataProps['billing'];
  readonly domainName?: string;
  readonly certificateArn?: string;
  readonly alarmEmail?: string;
  /** SMS pace and per-org daily budget (context `smsRatePerSecond`, `smsDailyBudget`); see sms.ts. */
  readonly sms?: Partial<SmsLimits>;
  /** Reporting windows for scheduled capacity; defaults to infra/seasons.ts. */
  readonly seasons?: SeasonsConfig;
}

/**
 * The capabilities whose changes alter public site pages and so invalidate them at the edge
 * (functions/src/edge/public-paths-changed.ts is called from their services).
 */
export const PUBLIC_PAGE_WRITERS = ['site-items', 'sites', 'orgs', 'members', 'resources', 'applications'] as const;

/**
 * The whole product in one stack: data, media, API, stream workers (SMS), scheduled jobs,
 * web app and alarms.
 */
export class TrellisStack extends Stack {
  readonly data: Data;
  readonly media: Media;
  readonly api: Api;
  readonly notify: Notify;
  readonly jobs: Jobs;
  readonly web: Web;
  readonly monitoring: Monitoring;
  readonly capacity: Capacity;
  /** openapi.json of the deployed routes, published in the web's static bucket. */
  readonly openApi: PublishedOpenApi;

  constructor(scope: Construct, id: string, props: TrellisStackProps) {
    super(scope, id, props);
    const { stage } = props;
    const sms = smsLimits(props.sms);
    const logs = new AccessLogs(this, 'AccessLogs');
    // Checked before anything is built: a bad seasons file fails synth with every problem listed.
    const seasons = props.seasons ?? SEASONS;
    const windows = validateSeasons(seasons, TABLE_SCHEMA.indexes.map((index) => index.name));
    this.data = new Data(this, 'Data', { billing: props.billing, warmThroughput: warmThroughputFor(seasons) });
    this.media = new Media(this, 'Media', { logBucket: logs.bucket });
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      bucket: this.media.bucket,
      stage,
      smsDailyBudget: sms.dailyBudget,
      alias: { name: seasons.aliasName, capabilities: seasons.capabilities },
    });
    this.notify = new Notify(this, 'Notify', { table: this.data.table, stage, sms });
    this.jobs = new Jobs(this, 'Jobs', { table: this.data.table, stage });
    this.openApi = publishedOpenApi(this.api, stage);
    this.web = new Web(this, 'Web', {
      buildDir: props.webBuildDir,
      apiUrl: this.api.url,
      proxySecret: this.api.proxySecret,
      logBucket: logs.bucket,
      stage,
      domainName: props.domainName,
      certificateArn: props.certificateArn,
      jsonFiles: { [this.openApi.key]: this.openApi.document },
    });
    this.media.allowOrigins([this.web.url]);
    for (const capability of PUBLIC_PAGE_WRITERS) {
      const fn = this.api.functions.get(capability);
      if (!fn) throw new Error(`no API function for ${capability}, which changes public pages`);
      bindEdge(fn, this.web.distribution);
    }

    const functions = new Map([
      ...[...this.api.functions].map(([capability, fn]) => [`Api${capabilityConstructId(capability)}`, fn] as const),
      ...[...this.notify.workers].map(([consumerId, fn]) => [`${consumerConstructId(consumerId)}Worker`, fn] as const),
      ...[...this.jobs.functions].map(([jobId, fn]) => [`Job${jobConstructId(jobId)}`, fn] as const),
      ['WebServer', this.web.server] as const,
      ['WebXlsxServer', this.web.xlsxServer] as const,
    ]);
    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions,
      table: this.data.table,
      httpApi: this.api.httpApi,
      deadLetters: new Map([...this.notify.deadLetters].map(([consumerId, queue]) => [consumerConstructId(consumerId), queue])),
      alarmEmail: props.alarmEmail,
    });
    this.capacity = new Capacity(this, 'Capacity', {
      seasons,
      windows,
      aliases: this.api.aliases,
      alarmTopic: this.monitoring.topic,
    });
  }
}
