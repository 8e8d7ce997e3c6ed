import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { cloudFrontInvalidation } from './cloudfront-invalidation';

describe('CloudFront invalidation adapter', () => {
  it('sends one CreateInvalidation per change with all its paths and a unique caller reference', async () => {
    const cf = mockClient(CloudFrontClient);
    cf.on(CreateInvalidationCommand).resolves({});
    const edge = cloudFrontInvalidation(new CloudFrontClient({ region: 'us-east-1' }), 'E123');
    await edge.invalidate({ reason: 'site-item-taken-down', paths: ['/o/jinan*', '/o/shandong*'] });
    await edge.invalidate({ reason: 'site-item-taken-down', paths: ['/o/jinan*', '/o/shandong*'] });
    const calls = cf.commandCalls(CreateInvalidationCommand).map((c) => c.args[0].input);
    expect(calls[0]).toMatchObject({
      DistributionId: 'E123',
      InvalidationBatch: { Paths: { Quantity: 2, Items: ['/o/jinan*', '/o/shandong*'] }, CallerReference: expect.stringMatching(/^site-item-taken-down-/) },
    });
    expect(calls[0]?.InvalidationBatch?.CallerReference).not.toBe(calls[1]?.InvalidationBatch?.CallerReference);
    cf.restore();
  });
});
