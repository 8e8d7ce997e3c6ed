import type { OrgType } from './org-types';

/**
 * Which org types may sit directly under which: the one rule used by the parent picker (/apply),
 * the application API, direct creation, type changes and the approval. The hierarchy is
 * national society -> provincial societies (and industry associations, branches) -> city
 * associations -> member units (schools, technician colleges, groups, research centres).
 * A city level is optional, so units may also sit under a provincial society. Units hold no
 * sub-orgs: a group's members are member units (members capability), not orgs.
 */
export const CHILD_TYPES: Readonly<Record<OrgType, readonly OrgType[]>> = {
  society: ['society', 'association', 'branch', 'school', 'technician_college', 'group', 'research_centre', 'government_office'],
  association: ['association', 'branch', 'school', 'technician_college', 'group', 'research_centre'],
  branch: ['school', 'technician_college', 'group', 'research_centre'],
  school: [],
  technician_college: [],
  group: [],
  research_centre: [],
  government_office: [],
};

/** The only type a top-level org (no parent) may have. */
export const ROOT_TYPE: OrgType = 'society';

/** Whether an org of type `child` may sit directly under an org of type `parent` (null: at the top). */
export function mayHold(parent: OrgType | null, child: OrgType): boolean {
  return parent === null ? child === ROOT_TYPE : CHILD_TYPES[parent].includes(child);
}

/** Whether an org of this type may have sub-orgs at all (the picker hides those that may not). */
export function holdsOrgs(type: OrgType): boolean {
  return CHILD_TYPES[type].length > 0;
}

/** The error code when the rule refuses a pair (declared in orgs and applications error codes). */
export const PARENT_TYPE_CODE = 'parent.type_not_allowed';
