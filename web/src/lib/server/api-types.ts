import type { AccountView, ImportRowResult, SessionView } from '@trellis/shared/account/schemas';
import type { ApplicationPublicView, ApplicationView } from '@trellis/shared/application/schemas';
import type { Org, OrgContact, Page } from '@trellis/shared/org/org';
import type { OrgType } from '@trellis/shared/org/org-types';
import type { Role } from '@trellis/shared/access/roles';
import type { LookupResult, SiteView } from '@trellis/shared/site/schemas';
import type { RouteId } from '@trellis/shared/http/routes';
import type { InboxItem, NoticeStats, NoticeTargets, NoticeView, UnreadRecipient } from '@trellis/shared/notices/schemas';
import type { UploadedPart, UploadView } from '@trellis/shared/uploads/schemas';
import type { UploadPurpose } from '@trellis/shared/uploads/purposes';
import type { CreateResourceInput, ReaderResourceView, ResourceView } from '@trellis/shared/resources/schemas';
import type { ReportingBodies, ReportingResponses } from './api-types-reporting';
import type { PublicSiteItemPage, PublicSiteList, QueueLine, SiteItemKind, SiteItemView } from '@trellis/shared/site-items/schemas';

/** The body of siteItems.create and siteItems.update (the org and item ids are path parameters). */
export type SiteItemBody = { kind: SiteItemKind; title: string; bodyHtml: string; imageIds: string[]; submit: boolean };
import type { MemberFields, MemberPublicStatus, MemberView, PublicMembersView } from '@trellis/shared/members/schemas';
import type { SiteSection } from '@trellis/shared/site/settings';
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
  'public.lookup': { items: LookupItem[] };
  'public.children': Page<OrgLink>;
  'public.site': SiteView;
  'public.apply': { number: string };
  'public.applicationStatus': ApplicationPublicView;
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
  'me.phone': { sent: boolean } | null;
  'me.phoneVerify': AccountView;
  'me.smsPreferences': AccountView;
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
  'public.siteItems': PublicSiteList;
  'public.siteItem': PublicSiteItemPage;
  'public.siteImage': { url: string };
  'siteItems.image': { url: string };
  // Member units and site settings (issue 6).
  'public.memberApply': { number: string };
  'public.memberStatus': MemberPublicStatus;
  'public.members': PublicMembersView;
  'members.list': CursorPage<MemberView>;
  'members.get': MemberView;
  'members.decide': MemberView;
  'members.update': MemberView;
  'members.end': MemberView;
  'sites.settings': Org;
  'sites.status': Org;
  'public.siteResources': SiteResourcesView;
  'public.siteResource': SiteResourceView;
  'dev.sms': { items: SmsMessage[] };
}

/** The JSON bodies the routes accept (routes without a body map to `undefined`). */
export interface RouteBodies extends ReportingBodies {
  'auth.login': { login: string; password: string; captchaId?: string; captchaAnswer?: string };
  'auth.captcha': undefined;
  'auth.logout': undefined;
  'auth.me': undefined;
  'auth.password': { current: string; next: string };
  'auth.smsCode': { phone: string };
  'auth.smsReset': { phone: string; code: string; next: string };
  'public.lookup': undefined;
  'public.children': undefined;
  'public.site': undefined;
  'public.apply': Record<string, string>;
  'public.applicationStatus': undefined;
  'orgs.get': undefined;
  'orgs.children': undefined;
  'orgs.subtree': undefined;
  'orgs.create': { name: string; type: string; slug?: string; region: string; code?: string };
  'orgs.update': { expectedVersion: number; name?: string; type?: string; region?: string };
  'orgs.status': { status: 'active' | 'disabled'; reason: string };
  'sites.edit': { expectedVersion: number; intro: string; contact: OrgContact };
  'accounts.list': undefined;
  'accounts.create': { username: string; displayName: string; phone?: string; roles: string[]; password: string };
  'accounts.roles': { roles: string[]; expectedVersion: number };
  'accounts.update': { expectedVersion: number; displayName?: string; phone?: string; status?: 'active' | 'disabled' };
  'accounts.resetPassword': undefined;
  'accounts.import': { role: string; importId: string; firstRow: number; rows: Record<string, unknown>[] };
  'applications.list': undefined;
  'applications.decide': { decision: 'approve' | 'reject'; reason: string };
  'notices.create': ComposeNoticeBody;
  'notices.sent': undefined;
  'notices.smsBudget': undefined;
  'notices.get': undefined;
  'notices.unread': undefined;
  'notices.remind': { requestId: string };
  'inbox.list': undefined;
  'inbox.get': undefined;
  'inbox.read': undefined;
  'inbox.confirm': undefined;
  'me.phone': { phone: string };
  'me.phoneVerify': { code: string };
  'me.smsPreferences': { optOut: boolean };
  'uploads.create': CreateUploadBody;
  'uploads.sign': { partNumbers: number[] };
  'uploads.recordPart': { etag: string; size: number };
  'uploads.listParts': undefined;
  'uploads.complete': undefined;
  'uploads.abort': undefined;
  'resources.create': Omit<CreateResourceInput, 'orgId'>;
  'resources.school': undefined;
  'resources.published': undefined;
  'resources.quotas': undefined;
  'resources.top': undefined;
  'resources.get': undefined;
  'resources.download': undefined;
  'resources.review': { decision: 'approve' | 'return'; reason: string };
  'resources.takedown': { reason: string };
  'siteItems.create': SiteItemBody;
  'siteItems.list': undefined;
  'siteItems.get': undefined;
  'siteItems.update': SiteItemBody & { expectedVersion: number };
  'siteItems.approve': { decision: 'approve' | 'return'; reason: string };
  'siteItems.recommend': { reason: string };
  'siteItems.queue': undefined;
  'siteItems.review': { decision: 'publish' | 'reject'; reason: string };
  'siteItems.takedown': { reason: string };
  'siteItems.restore': { reason: string };
  'public.siteItems': undefined;
  'public.siteItem': undefined;
  'public.siteImage': undefined;
  'siteItems.image': undefined;
  // Member units and site settings (issue 6).
  'public.memberApply': Record<string, string>;
  'public.memberStatus': undefined;
  'public.members': undefined;
  'members.list': undefined;
  'members.get': undefined;
  'members.decide': { decision: 'approve' | 'reject'; reason: string };
  'members.update': MemberFields & { expectedVersion: number };
  'members.end': { reason: string };
  'sites.settings': {
    expectedVersion: number; logoUploadId?: string; bannerUploadId?: string; removeLogo?: boolean; removeBanner?: boolean;
    navOrder: SiteSection[]; customDomain: string;
  };
  'sites.status': { state: 'active' | 'closed'; reason: string };
  'public.siteResources': undefined;
  'public.siteResource': undefined;
  'dev.sms': undefined;
}

// Compile-time check that both maps cover exactly the route table.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const routeMapsCoverTable: Exact<keyof RouteResponses, RouteId> & Exact<keyof RouteBodies, RouteId> = true;
