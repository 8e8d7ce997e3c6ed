import type { Catalogue } from '../catalogue';
import { enCommon } from './common';
import { enAuth } from './auth';
import { enOrgs } from './orgs';
import { enSites } from './sites';
import { enAccounts } from './accounts';
import { enApplications } from './applications';
import { enNotices } from './notices';
import { enInbox } from './inbox';
import { enUploads } from './uploads';
import { enResources } from './resources';
import { enReporting } from './reporting';
import { enSiteItems } from './site-items';
import { enMembers } from './members';
import { enDev } from './dev';
import { enSiteSettings } from './site-settings';
import { enMemberLabels } from './member-labels';
import { enMemberApply } from './member-apply';
import { enApply } from './apply';
import { enSiteItemReview } from './site-item-review';
import { enResourceReview } from './resource-review';
import { enResourceBrowse } from './resource-browse';
import { enResourceNew } from './resource-new';
import { enLabels } from './labels';
import { enReportRegion } from './report-region';
import { enReportForm } from './report-form';
import { enEditor } from './editor';
import { enTodo } from './todo';
import { enHome } from './home';

/** The files in merge order (the error-codes test checks that no key is in two of them). */
export const enParts = [enCommon, enAuth, enOrgs, enSites, enAccounts, enApplications, enNotices, enInbox, enUploads, enResources, enReporting, enSiteItems, enMembers, enDev, enHome, enTodo, enEditor, enReportForm, enReportRegion, enLabels, enResourceNew, enResourceBrowse, enResourceReview, enSiteItemReview, enApply, enMemberApply, enMemberLabels, enSiteSettings];

/** English, the second locale: every capability's file merged; the type makes a missing key a compile error. */
export const en: Catalogue = {
  messages: {
    ...enCommon.messages,
    ...enAuth.messages,
    ...enOrgs.messages,
    ...enSites.messages,
    ...enAccounts.messages,
    ...enApplications.messages,
    ...enNotices.messages,
    ...enInbox.messages,
    ...enUploads.messages,
    ...enResources.messages,
    ...enReporting.messages,
    ...enSiteItems.messages,
    ...enMembers.messages,
    ...enDev.messages,
    ...enSiteSettings.messages,
    ...enMemberLabels.messages,
    ...enMemberApply.messages,
    ...enApply.messages,
    ...enSiteItemReview.messages,
    ...enResourceReview.messages,
    ...enResourceBrowse.messages,
    ...enResourceNew.messages,
    ...enLabels.messages,
    ...enReportRegion.messages,
    ...enReportForm.messages,
    ...enEditor.messages,
    ...enTodo.messages,
    ...enHome.messages,
  },
  codes: {
    ...enCommon.codes,
    ...enAuth.codes,
    ...enOrgs.codes,
    ...enSites.codes,
    ...enAccounts.codes,
    ...enApplications.codes,
    ...enNotices.codes,
    ...enInbox.codes,
    ...enUploads.codes,
    ...enResources.codes,
    ...enReporting.codes,
    ...enSiteItems.codes,
    ...enMembers.codes,
    ...enDev.codes,
    ...enSiteSettings.codes,
    ...enMemberLabels.codes,
    ...enMemberApply.codes,
    ...enApply.codes,
    ...enSiteItemReview.codes,
    ...enResourceReview.codes,
    ...enResourceBrowse.codes,
    ...enResourceNew.codes,
    ...enLabels.codes,
    ...enReportRegion.codes,
    ...enReportForm.codes,
    ...enEditor.codes,
    ...enTodo.codes,
    ...enHome.codes,
  },
};
