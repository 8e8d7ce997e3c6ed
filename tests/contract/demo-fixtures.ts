import { usccCheckChar } from '@trellis/shared/applications/uscc-check';
import { chinaDay, roundIdOf } from '@trellis/shared/reporting/rounds';
import { Candidates } from './input-arbitrary';

/**
 * Path parameters by name for derived requests: real ids of Shandong's seeded demo data
 * (dev/demo-data.ts, dev/seed-*.ts), so a Guangdong admin's 403 on them is the policy
 * refusing, not a missing record. Kinds the seed has none of (notices, uploads, resources,
 * applications) get well-formed ids of no record: the same 403 must come back for those.
 * `accountId` is random at seeding: the matrix looks up li.member's; it also sends a notice
 * from Shandong and uses its id instead of `noticeId`.
 */
export const DEMO_PATH_PARAMS = {
  orgId: 'sd',
  slug: 'shandong',
  /** The demo round dev/seed-reporting.ts opens: last year's annual group form. */
  roundId: roundIdOf('group-annual', Number(chinaDay(new Date()).slice(0, 4)) - 1),
  itemId: 'si-demo-1',
  memberId: 'hy20250901-demo01',
  /** A seeded member unit's number; an application number of no application. */
  number: new Candidates(['HY20250901-DEMO01', 'SQ20260101-AAAAAA']),
  partNumber: '1',
  noticeId: 'n-doesnotexist',
  uploadId: 'up-missing',
  imageId: 'up-missing',
  resourceId: 'r-missing',
  applicationId: 'sq20260101-aaaaaa',
} as const;

const first17 = '52370000000000011';

/**
 * Fields with checks the JSON Schema cannot carry (refinements): a value that passes each.
 * `code` is a unified social credit code on applications and member units, a six-digit SMS
 * code on the phone and reset routes.
 */
export const REFINED_FIELDS = {
  phone: '13800000000',
  mobile: '13800000000',
  code: new Candidates([first17 + (usccCheckChar(first17) ?? '0'), '123456']),
} as const;
