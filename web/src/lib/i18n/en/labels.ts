import type { CataloguePart } from '../catalogue-part';
import type { zhLabels } from '../zh/labels';

/** English for roles, org types and statuses. The type makes a key missing here (or only here) a compile error. */
export const enLabels: CataloguePart<typeof zhLabels> = {
  messages: {
    'role.admin': 'Administrator',
    'role.leader': 'Leader',
    'role.teacher': 'Teacher',
    'role.expert': 'Expert',
    'role.correspondent': 'Correspondent',
    'role.member': 'Member',
    'orgType.society': 'Society',
    'orgType.association': 'Association',
    'orgType.branch': 'Branch',
    'orgType.school': 'School',
    'orgType.technician_college': 'Technician college',
    'orgType.group': 'Vocational-education group',
    'orgType.research_centre': 'Research centre',
    'orgType.government_office': 'Government office',
    'status.pending': 'Pending',
    'status.approved': 'Approved',
    'status.rejected': 'Not approved',
    'status.active': 'Active',
    'status.disabled': 'Disabled',
  },
  codes: {
  },
};
