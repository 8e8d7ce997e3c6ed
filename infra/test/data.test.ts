import { TABLE_SCHEMA } from '@trellis/shared/data/table-schema';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Data } from '../lib/data';
import { testApp, trellis } from './synth';

type Index = (typeof TABLE_SCHEMA.indexes)[number];

/** The CloudFormation shape of one TABLE_SCHEMA index. */
const gsi = (index: Index) => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' },
    { AttributeName: index.sortKey, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
});

describe('Data: the one table', () => {
  const { template } = trellis();

  it('is keyed and indexed exactly as TABLE_SCHEMA says, ALL-projected, all string keys', () => {
    expect(TABLE_SCHEMA.indexes.length).toBeGreaterThan(0);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) => Match.objectLike(gsi(index))),
    });
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));
    const attributes = table?.Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    const keys = [TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey, ...TABLE_SCHEMA.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(attributes.map((a) => a.AttributeName).sort()).toEqual([...new Set(keys)].sort());
    expect(new Set(attributes.map((a) => a.AttributeType))).toEqual(new Set(['S']));
  });

  it('streams new and old images, expires items on the TTL attribute, and is protected', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      }),
    });
  });

  it('switches the table and its GSIs to provisioned capacity', () => {
    const stack = new Stack(testApp(), 'Provisioned');
    new Data(stack, 'Data', { billing: { mode: 'provisioned', capacity: { read: 50, write: 200 } } });
    const throughput = { ReadCapacityUnits: 50, WriteCapacityUnits: 200 };
    Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: Match.absent(), // PROVISIONED is CloudFormation's default
      ProvisionedThroughput: throughput,
      GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((index) => Match.objectLike({ ...gsi(index), ProvisionedThroughput: throughput })),
    });
  });
});
