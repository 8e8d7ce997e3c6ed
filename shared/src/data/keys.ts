/**
 * Every DynamoDB key of the single table is built here and nowhere else.
 * Segments end with `#` or are fixed literals, so that an id is never a prefix of another
 * (`ORG#acme#` vs `ORG#acme-corp#`); materialized paths end with `/` for the same reason.
 */
export type Key = {
  pk: string;
  sk: string;
};

export const ROOT_PARENT = 'root';

/** Org names compare after Unicode normalization, whitespace folding and case folding. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export const keys = {
  org: (id: string): Key => ({ pk: `ORG#${id}#`, sk: 'ORG' }),
  /** GSI1: children of a parent, sorted by name. */
  orgChildren: (parentId: string | null, name: string, id: string) => ({
    gsi1pk: `CHILDREN#${parentId ?? ROOT_PARENT}#`,
    gsi1sk: `${normalizeName(name)}#${id}#`,
  }),
  orgChildrenPartition: (parentId: string) => `CHILDREN#${parentId}#`,
  /** GSI2: every org by materialized path; a subtree is `begins_with(path)`. */
  orgTree: (path: string) => ({ gsi2pk: 'ORGTREE', gsi2sk: path }),
  orgTreePartition: 'ORGTREE',
  /** GSI3: orgs by normalized name, for the public "is my org registered?" lookup. */
  orgByName: (name: string, id: string) => ({ gsi3pk: 'ORGNAME', gsi3sk: `${normalizeName(name)}#${id}#` }),
  orgByNamePartition: 'ORGNAME',

  /** Uniqueness guards, written in the same transaction as the org or account. */
  slug: (slug: string): Key => ({ pk: `SLUG#${slug}#`, sk: 'SLUG' }),
  orgCode: (code: string): Key => ({ pk: `ORGCODE#${code}#`, sk: 'ORGCODE' }),
  orgName: (parentId: string, name: string): Key => ({
    pk: `ORGNAME#${parentId}#${normalizeName(name)}#`,
    sk: 'ORGNAME',
  }),
  username: (username: string): Key => ({ pk: `USERNAME#${username.toLowerCase()}#`, sk: 'USERNAME' }),
  phone: (e164: string): Key => ({ pk: `PHONE#${e164}#`, sk: 'PHONE' }),

  /** An account and its memberships share a partition: one Query loads both. */
  accountPartition: (accountId: string) => `ACCOUNT#${accountId}#`,
  account: (accountId: string): Key => ({ pk: `ACCOUNT#${accountId}#`, sk: 'ACCOUNT' }),
  membership: (accountId: string, orgId: string): Key => ({ pk: `ACCOUNT#${accountId}#`, sk: `ROLE#${orgId}#` }),
  membershipSkPrefix: 'ROLE#',
  /** GSI1: members of an org. */
  orgMembers: (orgId: string, accountId: string) => ({ gsi1pk: `MEMBERS#${orgId}#`, gsi1sk: `${accountId}#` }),
  orgMembersPartition: (orgId: string) => `MEMBERS#${orgId}#`,

  session: (tokenHash: string): Key => ({ pk: `SESSION#${tokenHash}#`, sk: 'SESSION' }),
  throttle: (kind: 'login' | 'ip' | 'sms' | 'apply', value: string, window: number): Key => ({
    pk: `THROTTLE#${kind}#${value.toLowerCase()}#`,
    sk: `W#${window}`,
  }),
  /** Attempts counted before a check (login, current password): one item per subject, one attribute per window. */
  attempts: (kind: 'login' | 'ip', value: string): Key => ({ pk: `THROTTLE#${kind}#${value.toLowerCase()}#`, sk: 'ATTEMPTS' }),
  captcha: (id: string): Key => ({ pk: `CAPTCHA#${id}#`, sk: 'CAPTCHA' }),
  resetCode: (e164: string): Key => ({ pk: `RESETCODE#${e164}#`, sk: 'RESETCODE' }),

  application: (id: string): Key => ({ pk: `APP#${id}#`, sk: 'APP' }),
  /** GSI2: applications by status under a subtree (parent path then submission time). */
  applicationsByStatus: (status: string, parentPath: string, submittedAt: string, id: string) => ({
    gsi2pk: `APPS#${status}`,
    gsi2sk: `${parentPath}${submittedAt}#${id}#`,
  }),
  applicationsPartition: (status: string) => `APPS#${status}`,

  /** GSI2: every membership by org path, for resolving a notice's recipients in a subtree. */
  membersTree: (orgPath: string, accountId: string) => ({ gsi2pk: 'MEMBERTREE', gsi2sk: `${orgPath}${accountId}#` }),
  membersTreePartition: 'MEMBERTREE',

  notice: (id: string): Key => ({ pk: `NOTICE#${id}#`, sk: 'NOTICE' }),
  noticePartition: (id: string) => `NOTICE#${id}#`,
  /** Read/confirm counters of a notice, spread over shards so many readers never contend on one item. */
  noticeStats: (id: string, shard: number | 'total'): Key => ({ pk: `NOTICE#${id}#`, sk: `STATS#${shard}` }),
  noticeStatsPrefix: 'STATS#',
  noticeReminder: (id: string, requestId: string): Key => ({ pk: `NOTICE#${id}#`, sk: `REMIND#${requestId}#` }),
  /** GSI1: notices sent by an org, newest last. */
  noticesSent: (orgId: string, createdAt: string, id: string) => ({ gsi1pk: `SENT#${orgId}#`, gsi1sk: `${createdAt}#${id}#` }),
  noticesSentPartition: (orgId: string) => `SENT#${orgId}#`,
  /**
   * GSI3 (sparse, until published): notices due for publishing by time: the scheduled time,
   * then, while publishing, when to resume if the publisher died half-way.
   */
  noticeScheduled: (dueAt: string, id: string) => ({ gsi3pk: 'SCHEDULED', gsi3sk: `${dueAt}#${id}#` }),
  noticeScheduledPartition: 'SCHEDULED',
  noticeRequest: (orgId: string, requestId: string): Key => ({ pk: `NOTICEREQ#${orgId}#${requestId}#`, sk: 'NOTICEREQ' }),

  /** An org's to-do counters (applications, member units, site items, resources waiting for it), ADDed by each decision's write. */
  todo: (orgId: string): Key => ({ pk: `TODO#${orgId}#`, sk: 'TODO' }),

  /** One delivery per recipient: the inbox entry, also indexed under its notice by org path. */
  delivery: (accountId: string, noticeId: string): Key => ({ pk: `INBOX#${accountId}#`, sk: `N#${noticeId}#` }),
  inboxPartition: (accountId: string) => `INBOX#${accountId}#`,
  deliveryByNotice: (noticeId: string, orgPath: string, accountId: string) => ({
    gsi1pk: `RCPT#${noticeId}#`,
    gsi1sk: `${orgPath}${accountId}#`,
  }),
  deliveryByNoticePartition: (noticeId: string) => `RCPT#${noticeId}#`,
  /** GSI3 (sparse, while unread): a notice's unread recipients by org path, for lists and reminders. */
  unreadByNotice: (noticeId: string, orgPath: string, accountId: string) => ({
    gsi3pk: `UNREADN#${noticeId}#`,
    gsi3sk: `${orgPath}${accountId}#`,
  }),
  unreadByNoticePartition: (noticeId: string) => `UNREADN#${noticeId}#`,
  /** GSI2 (sparse, while unread): a person's unread notices, for the badge count. */
  unread: (accountId: string, noticeId: string) => ({ gsi2pk: `UNREAD#${accountId}#`, gsi2sk: `${noticeId}#` }),
  unreadPartition: (accountId: string) => `UNREAD#${accountId}#`,

  /** The app's own record of a multipart upload and its parts (s3rver has no ListParts). */
  upload: (id: string): Key => ({ pk: `UPLOAD#${id}#`, sk: 'UPLOAD' }),
  uploadPartition: (id: string) => `UPLOAD#${id}#`,
  uploadPart: (id: string, partNumber: number): Key => ({ pk: `UPLOAD#${id}#`, sk: `PART#${String(partNumber).padStart(5, '0')}` }),
  uploadPartPrefix: 'PART#',
  /** GSI1 (sparse): an account's uploads that still need it (unfinished or not yet submitted), newest first. */
  myUpload: (accountId: string, createdAt: string, uploadId: string) => ({ gsi1pk: `MYUPLOADS#${accountId}#`, gsi1sk: `${createdAt}#${uploadId}#` }),
  myUploadsPartition: (accountId: string) => `MYUPLOADS#${accountId}#`,

  resource: (id: string): Key => ({ pk: `RES#${id}#`, sk: 'RES' }),
  /** Views and downloads live beside the resource, so counting never rewrites its indexes. */
  resourceCounts: (id: string): Key => ({ pk: `RES#${id}#`, sk: 'COUNTS' }),
  resourcePartition: (id: string) => `RES#${id}#`,
  /** GSI1: a school's resources by status (the review queue, the teacher's list). */
  resourcesBySchool: (schoolId: string, status: string, createdAt: string, id: string) => ({
    gsi1pk: `RESSCHOOL#${schoolId}#`,
    gsi1sk: `${status}#${createdAt}#${id}#`,
  }),
  resourcesBySchoolPartition: (schoolId: string) => `RESSCHOOL#${schoolId}#`,
  /** A teacher's published works within a scope (the national society or a province). */
  contribution: (scopeId: string, accountId: string): Key => ({ pk: `CONTRIB#${scopeId}#`, sk: `${accountId}#` }),
  /** GSI1: contributors of a scope by published count, highest first (count zero-padded). */
  contributionRank: (scopeId: string, published: number, accountId: string) => ({
    gsi1pk: `TOP#${scopeId}#`,
    gsi1sk: `${String(published).padStart(8, '0')}#${accountId}#`,
  }),
  contributionRankPartition: (scopeId: string) => `TOP#${scopeId}#`,
  /** Published works of a school in a school year, against its quota. */
  resourceQuota: (schoolId: string, year: string): Key => ({ pk: `RESQUOTA#${schoolId}#`, sk: `Y#${year}` }),

  smsBudget: (orgId: string, day: string): Key => ({ pk: `SMSBUDGET#${orgId}#`, sk: `D#${day}` }),
  phoneCode: (accountId: string): Key => ({ pk: `PHONECODE#${accountId}#`, sk: 'PHONECODE' }),

  outbox: (id: string): Key => ({ pk: `OUTBOX#${id}#`, sk: 'SMS' }),
  outboxPrefix: 'OUTBOX#',
  smsSink: (createdAt: string, id: string): Key => ({ pk: 'SMSSINK', sk: `${createdAt}#${id}#` }),
  smsSinkPartition: 'SMSSINK',
} as const;
