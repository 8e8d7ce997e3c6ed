import type { AccountView, ImportRowResult, SessionView } from '@trellis/shared/accounts/schemas';
import type { ApplicationPublicView, ApplicationView } from '@trellis/shared/applications/schemas';
import type { Org, Page } from '@trellis/shared/orgs/org';
import type { OrgType } from '@trellis/shared/orgs/org-types';
import type { Role } from '@trellis/shared/access/roles';
import type { LookupResult, SiteView } from '@trellis/shared/sites/schemas';

import type { InboxItem, NoticeStats, NoticeTargets, NoticeView, UnreadRecipient } from '@trellis/shared/notices/schemas';
import type { UploadedPart, UploadView } from '@trellis/shared/uploads/schemas';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { ReaderResourceView, ResourceView } from '@trellis/shared/resources/schemas';
import type { ReportingResponses } from './api-types-reporting';
import type { PublicSiteItemPage, PublicSiteList, QueueLine, SiteItemKind, SiteItemView } from '@trellis/shared/site-items/schemas';

/** The body of siteItems.create and siteItems.update (the org and item ids are path parameters). */
export type SiteItemBody = { kind: SiteItemKind; title: string; bodyHtml: string; imageIds: string[]; submit: boolean };
import type { MemberPublicStatus, MemberView, PublicMembersView } from '@trellis/shared/members/schemas';

import type { SiteResourcesView, SiteResourceView } from '@trellis/shared/resources/public-schemas';

/** Lookup results; `id` is used when the API provides it (see the README note). */
export type LookupItem = LookupResult & { id?: string };
export type OrgLink = { id: string; name: string; type: OrgType; slug: string };
export type OrgWithAncestors = Org & { ancestors: { id: string; name: string; slug: string }[] };
export type AccountWithRoles = AccountView & { roles: Role[]; membershipVersion: number };
export type SmsMessage = { id: string; to: string; text: string; status: string; createdAt: string };
export type CursorPage<T> = { items: T[]; cursor: string | null };
/** A recipient's view of one notice (`bodyHtml` is sanitized by the API). */
export type InboxNotice = InboxItem & { bodyHtml: string; attachments: { name: string; url: string }[] };
export type DeliveryMarks = { noticeId: string; readAt: string | null; confirmedAt: string | null };
export type ReminderResult = { unread: number; sent: number; withoutPhone: number };
export type SmsBudget = { day: string; used: number; limit: number };
/** The body of notices.create (the org id is the path parameter). */
export type ComposeNoticeBody = {
  title: string;
  bodyHtml: string;
  attachments: { name: string; url: string }[];
  confirmBy?: string;
  publishAt?: string;
  sendSms: boolean;
  targets: NoticeTargets;
  requestId: string;
};

/** One presigned UploadPart URL, bound to the part's exact size. */
export type SignedPart = { partNumber: number; url: string; contentLength: number; expiresAt: string };
/** The body of uploads.create (the org id is the path parameter). */
export type CreateUploadBody = { fileName: string; size: number; contentType: string; purpose: UploadPurpose };

/** View and download counters of a published work (null while it is not published). */
/** One school's published works this school year against its quota (`functions/src/resources/quotas.ts`). */
export interface ResourceQuotaRow { orgId: string; name: string; type: string; quota: number; published: number }
/** A teacher ranked by published works in a scope (`contribution-store.ts`). */
export interface TopContributor { accountId: string; name: string; schoolName: string; published: number }

export type ResourceCounts = { views: number; downloads: number } | null;

/** What each route answers with on success (2xx). */
export interface RouteResponses extends ReportingResponses {
  'auth.login': { token: string; expiresAt: string; session: SessionView };
  'auth.captcha': { id: string; svg: string };
  'auth.logout': null;
  'auth.me': SessionView;
  'auth.password': { token: string; expiresAt: string };
  'auth.smsCode': unknown;
  'auth.smsReset': null;
  'orgs.lookup': { items: LookupItem[] };
  'orgs.publicChildren': Page<OrgLink>;
  'sites.get': SiteView;
  'applications.apply': { number: string };
  'applications.status': ApplicationPublicView;
  'orgs.get': OrgWithAncestors;
  'orgs.children': Page<Org>;
  'orgs.subtree': Page<Org>;
  'orgs.create': Org;
  'orgs.update': Org;
  'orgs.status': Org;
  'sites.edit': Org;
  'accounts.list': Page<AccountWithRoles>;
  'accounts.create': AccountView;
  'accounts.roles': { orgId: string; accountId: string; roles: Role[]; version: number };
  'accounts.update': AccountView;
  'accounts.resetPassword': { temporaryPassword: string };
  'accounts.import': { created: number; existing: number; failed: number; results: ImportRowResult[] };
  'applications.list': Page<ApplicationView> & { counts: { pending: number } };
  'applications.decide': ApplicationView;
  'notices.create': NoticeView;
  'notices.sent': CursorPage<NoticeView>;
  'notices.smsBudget': SmsBudget;
  'notices.get': { notice: NoticeView; stats: NoticeStats };
  'notices.unread': CursorPage<UnreadRecipient>;
  'notices.remind': ReminderResult;
  'inbox.list': CursorPage<InboxItem> & { unread: number };
  'inbox.get': InboxNotice;
  'inbox.read': DeliveryMarks;
  'inbox.confirm': DeliveryMarks;
  'inbox.phone': { sent: boolean } | null;
  'inbox.phoneVerify': AccountView;
  'inbox.smsPreferences': AccountView;
  'uploads.create': UploadView;
  'uploads.sign': { urls: SignedPart[] };
  'uploads.recordPart': { parts: UploadedPart[] };
  'uploads.listParts': { parts: UploadedPart[] };
  'uploads.complete': UploadView;
  'uploads.abort': null;
  // The resource library.
  'resources.create': ResourceView;
  'resources.school': CursorPage<ResourceView>;
  'resources.published': CursorPage<ReaderResourceView>;
  'resources.quotas': { year: string; items: ResourceQuotaRow[] };
  'resources.top': CursorPage<TopContributor>;
  'resources.get': { resource: ReaderResourceView; counts: ResourceCounts; playUrl: string };
  'resources.download': { url: string; counts: ResourceCounts };
  'resources.review': ResourceView;
  'resources.takedown': ResourceView;
  'siteItems.create': SiteItemView;
  'siteItems.list': CursorPage<SiteItemView>;
  'siteItems.get': SiteItemView;
  'siteItems.update': SiteItemView;
  'siteItems.approve': SiteItemView;
  'siteItems.recommend': SiteItemView;
  'siteItems.queue': CursorPage<QueueLine>;
  'siteItems.review': SiteItemView;
  'siteItems.takedown': SiteItemView;
  'siteItems.restore': SiteItemView;
  'siteItems.publicList': PublicSiteList;
  'siteItems.publicGet': PublicSiteItemPage;
  'siteItems.publicImage': { url: string };
  'siteItems.image': { url: string };
  // Member units and site settings (issue 6).
  'members.apply': { number: string };
  'members.status': MemberPublicStatus;
  'members.publicList': PublicMembersView;
  'members.list': CursorPage<MemberView>;
  'members.get': MemberView;
  'members.decide': MemberView;
  'members.update': MemberView;
  'members.end': MemberView;
  'sites.settings': Org;
  'sites.status': Org;
  'resources.publicList': SiteResourcesView;
  'resources.publicGet': SiteResourceView;
  'dev.sms': { items: SmsMessage[] };
}


// Compile-time check that both maps cover exactly the route table.
