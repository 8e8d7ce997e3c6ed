import { z } from 'zod';

/**
 * Configuration, parsed once from the environment at cold start; a bad value fails fast.
 * In AWS the CDK sets these next to the IAM grants (infra/lib/bind.ts); locally dev/ does.
 */
const configSchema = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1).default('trellis-media'),
  /** `sns` in AWS; `sink` records messages in the table for the local dev inbox. */
  SMS_MODE: z.enum(['sns', 'sink']).default('sns'),
  /** Only set locally: DynamoDB Local and s3rver endpoints. */
  DDB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().default('cn-north-1'),
  STAGE: z.string().default('prod'),
  /** Session lifetime: idle timeout and absolute timeout, in minutes. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_MINUTES: z.coerce.number().int().positive().default(12 * 60),
  /** Delay added to every login attempt after the throttle threshold, in milliseconds. */
  LOGIN_THROTTLE_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  /** SMS an org may send per day (Beijing time), against SMS pumping and runaway cost. */
  SMS_DAILY_BUDGET: z.coerce.number().int().min(0).default(2000),
  /** Messages per second one worker sends at most (SNS SMS throughput is per account). */
  SMS_RATE_PER_SECOND: z.coerce.number().positive().default(10),
  /** Code SMS (password reset and phone binding) the whole platform sends per minute at most. */
  SMS_CODES_PER_MINUTE: z.coerce.number().int().min(0).default(100),
  /**
   * Signs pagination cursors: a Secrets Manager secret the CDK gives every API function, generated
   * per run locally. Only functions that page need it (cursor.ts refuses to run without it).
   */
  CURSOR_SECRET: z.string().min(32).optional(),
  /**
   * The web's CloudFront distribution, set by the CDK (infra/lib/edge.ts) on the functions whose
   * changes alter public pages; without it (locally) invalidations are logged (functions/src/edge/).
   */
  EDGE_DISTRIBUTION_ID: z.string().min(1).optional(),
  /**
   * Signs the 5-second actor assertions `auth.me` hands the web server for the other calls of a
   * page view (functions/src/security/actor-assertion.ts): a Secrets Manager secret the CDK gives
   * every API function, generated per run locally. Without it no assertion is made or accepted.
   */
  ASSERTION_SECRET: z.string().min(32).optional(),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

export function config(): Config {
  cached ??= configSchema.parse(process.env);
  return cached;
}
