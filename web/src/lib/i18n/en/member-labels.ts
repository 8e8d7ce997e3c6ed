import type { CataloguePart } from '../catalogue-part';
import type { zhMemberLabels } from '../zh/member-labels';

/** English for member unit types and statuses. The type makes a key missing here (or only here) a compile error. */
export const enMemberLabels: CataloguePart<typeof zhMemberLabels> = {
  messages: {
    'mem.type.school': 'Vocational schools',
    'mem.type.university': 'Universities',
    'mem.type.enterprise': 'Enterprises',
    'mem.type.research': 'Research institutes',
    'mem.type.association': 'Industry associations',
    'mem.type.government': 'Government departments',
    'mem.type.other': 'Others',
    'mem.status.pending': 'Pending',
    'mem.status.approved': 'Approved',
    'mem.status.rejected': 'Rejected',
    'mem.status.ended': 'Ended',
  },
  codes: {
  },
};
