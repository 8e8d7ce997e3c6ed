import type { CataloguePart } from '../catalogue-part';
import type { zhApplications } from '../zh/applications';

/** English for applying to join, the application status and approvals. The type makes a key missing here (or only here) a compile error. */
export const enApplications: CataloguePart<typeof zhApplications> = {
  messages: {
    'apply.parent': 'Parent organization',
    'apply.contactName': 'Contact name',
    'apply.mobile': 'Contact mobile number',
    'apply.email': 'Email',
    'status.number': 'Application number',
    'status.state': 'Status',
    'status.submittedAt': 'Submitted',
    'status.decidedAt': 'Decided',
    'status.reason': 'Reason',
    'approvals.title': 'Applications to join',
    'approvals.noRights': 'You may not decide applications.',
    'approvals.org': 'Organization',
    'approvals.switch': 'Switch',
    'approvals.tabs': 'Application status',
    'approvals.empty': 'No applications.',
    'approvals.adminUsername': 'Admin username',
    'approvals.decidedBy': 'Decided by',
    'approvals.site': 'Website',
    'approvals.approve': 'Approve',
    'approvals.reject': 'Reject',
    'approvals.reason': 'Reason for rejection',
    'approvals.reasonHint': 'Required to reject; the applicant will see it',
    'approvals.confirmReject': 'Reject the application of “{name}”?',
    'approvals.confirmRejectButton': 'Yes, reject',
    'approvals.doneApproved': 'Approved: the new organization is set up.',
    'approvals.doneRejected': 'The application was rejected.',
  },
  codes: {
    'application.already_decided': 'This application was already decided by someone else',
    'application.not_found': 'No application with that number.',
    'region.required': 'Enter the region',
    'parent.required': 'Choose the parent organization',
    'parent.invalid': 'Choose a valid parent organization',
  },
};
