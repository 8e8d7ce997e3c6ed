import { inject } from 'vitest';

/** Each test worker talks to the run's DynamoDB Local and s3rver, like a Lambda would. */
Object.assign(process.env, {
  TABLE_NAME: 'trellis',
  BUCKET_NAME: 'trellis-media',
  SMS_MODE: 'sink',
  DDB_ENDPOINT: inject('dynamoEndpoint'),
  S3_ENDPOINT: inject('s3Endpoint'),
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  STAGE: 'test',
  CURSOR_SECRET: 'int-tests-cursor-secret-0123456789abcdef',
  ASSERTION_SECRET: 'int-tests-assertion-secret-0123456789abcdef',
  PASSWORD_SCRYPT_LOG2N: '12',
  LOGIN_THROTTLE_DELAY_MS: '10',
  TRELLIS_QUIET_LOGS: '1',
});
