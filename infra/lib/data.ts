import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/** Provisioned read/write units, applied to the table and to each GSI. */
export interface Capacity {
  readonly read: number;
  readonly write: number;
}

export interface DataProps {
  /**
   * On-demand by default. The reporting season switches to provisioned capacity (with
   * auto scaling added by its own construct), so billing is a prop, not a constant.
   */
  readonly billing?: { mode: 'onDemand' } | { mode: 'provisioned'; capacity: Capacity };
  /**
   * Warm throughput (units per second the table or a GSI serves instantly) for the reporting
   * peak, from the seasons configuration (season-config.ts `warmThroughputFor`). Indexes by
   * GSI name; one left out keeps DynamoDB's default.
   */
  readonly warmThroughput?: { table?: Capacity; indexes?: Readonly<Record<string, Capacity>> };
}

/** `{ read, write }` -> the CDK WarmThroughput shape. */
const warm = (t: Capacity | undefined) =>
  t ? { warmThroughput: { readUnitsPerSecond: t.read, writeUnitsPerSecond: t.write } } : {};

/** Every key of the table and its GSIs is a string. */
const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The one table, keyed by the org hierarchy (`pk`/`sk`). Keys, GSIs and the TTL attribute
 * come from TABLE_SCHEMA in shared/, which the local stack (dev/table.ts) creates its table
 * from too, so the two cannot drift. Its stream feeds the stream consumers (notify.ts);
 * `ttl` expires sessions, codes and sent outbox items.
 */
export class Data extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    const billing = props.billing ?? { mode: 'onDemand' };
    const capacity = billing.mode === 'provisioned'
      ? { readCapacity: billing.capacity.read, writeCapacity: billing.capacity.write }
      : {};

    this.table = new Table(this, 'Table', {
      partitionKey: stringKey(TABLE_SCHEMA.partitionKey),
      sortKey: stringKey(TABLE_SCHEMA.sortKey),
      billingMode: billing.mode === 'provisioned' ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
      ...capacity,
      ...warm(props.warmThroughput?.table),
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const index of TABLE_SCHEMA.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: ProjectionType.ALL,
        ...capacity,
        ...warm(props.warmThroughput?.indexes?.[index.name]),
      });
    }
  }
}
