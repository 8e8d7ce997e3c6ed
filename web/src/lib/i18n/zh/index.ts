import type { ErrorCode } from '@trellis/shared/http/error-codes';
import { zhCommon } from './common';
import { zhAuth } from './auth';
import { zhOrgs } from './orgs';
import { zhSites } from './sites';
import { zhAccounts } from './accounts';
import { zhApplications } from './applications';
import { zhNotices } from './notices';
import { zhInbox } from './inbox';
import { zhUploads } from './uploads';
import { zhResources } from './resources';
import { zhReporting } from './reporting';
import { zhSiteItems } from './site-items';
import { zhMembers } from './members';
import { zhDev } from './dev';
import { zhSiteSettings } from './site-settings';
import { zhMemberLabels } from './member-labels';
import { zhMemberApply } from './member-apply';
import { zhApply } from './apply';
import { zhSiteItemReview } from './site-item-review';
import { zhResourceReview } from './resource-review';
import { zhResourceBrowse } from './resource-browse';
import { zhResourceNew } from './resource-new';
import { zhLabels } from './labels';
import { zhReportRegion } from './report-region';
import { zhReportForm } from './report-form';
import { zhEditor } from './editor';
import { zhTodo } from './todo';
import { zhHome } from './home';

/** Simplified Chinese, the default locale: every capability's file merged. */
export const zhMessages = {
  ...zhCommon.messages,
  ...zhAuth.messages,
  ...zhOrgs.messages,
  ...zhSites.messages,
  ...zhAccounts.messages,
  ...zhApplications.messages,
  ...zhNotices.messages,
  ...zhInbox.messages,
  ...zhUploads.messages,
  ...zhResources.messages,
  ...zhReporting.messages,
  ...zhSiteItems.messages,
  ...zhMembers.messages,
  ...zhDev.messages,
  ...zhSiteSettings.messages,
  ...zhMemberLabels.messages,
  ...zhMemberApply.messages,
  ...zhApply.messages,
  ...zhSiteItemReview.messages,
  ...zhResourceReview.messages,
  ...zhResourceBrowse.messages,
  ...zhResourceNew.messages,
  ...zhLabels.messages,
  ...zhReportRegion.messages,
  ...zhReportForm.messages,
  ...zhEditor.messages,
  ...zhTodo.messages,
  ...zhHome.messages,
};

/** Codes' messages; the type makes a code the API declares (shared/src/http/error-codes.ts) without a message a compile error. */
export const zhCodes = {
  ...zhCommon.codes,
  ...zhAuth.codes,
  ...zhOrgs.codes,
  ...zhSites.codes,
  ...zhAccounts.codes,
  ...zhApplications.codes,
  ...zhNotices.codes,
  ...zhInbox.codes,
  ...zhUploads.codes,
  ...zhResources.codes,
  ...zhReporting.codes,
  ...zhSiteItems.codes,
  ...zhMembers.codes,
  ...zhDev.codes,
  ...zhSiteSettings.codes,
  ...zhMemberLabels.codes,
  ...zhMemberApply.codes,
  ...zhApply.codes,
  ...zhSiteItemReview.codes,
  ...zhResourceReview.codes,
  ...zhResourceBrowse.codes,
  ...zhResourceNew.codes,
  ...zhLabels.codes,
  ...zhReportRegion.codes,
  ...zhReportForm.codes,
  ...zhEditor.codes,
  ...zhTodo.codes,
  ...zhHome.codes,
} satisfies Record<ErrorCode, string>;

export type MessageKey = keyof typeof zhMessages;
export type CodeKey = keyof typeof zhCodes;

/** The files in merge order (the error-codes test checks that no key is in two of them). */
export const zhParts = [zhCommon, zhAuth, zhOrgs, zhSites, zhAccounts, zhApplications, zhNotices, zhInbox, zhUploads, zhResources, zhReporting, zhSiteItems, zhMembers, zhDev, zhHome, zhTodo, zhEditor, zhReportForm, zhReportRegion, zhLabels, zhResourceNew, zhResourceBrowse, zhResourceReview, zhSiteItemReview, zhApply, zhMemberApply, zhMemberLabels, zhSiteSettings];

export const zh = { messages: zhMessages, codes: zhCodes };
