/**
 * Subjects (专业大类) a work is filed under: a fixed list, so that the library can be
 * filtered by subject. Codes are stored; labels live in the web's i18n (`res.subj.<code>`).
 */
export const RESOURCE_SUBJECTS = [
  'mechanical', 'cnc', 'electrical', 'electronics', 'automotive', 'computer', 'construction', 'chemical',
  'transport', 'business', 'finance', 'tourism', 'healthcare', 'agriculture', 'arts', 'education', 'general',
] as const;
export type ResourceSubject = (typeof RESOURCE_SUBJECTS)[number];
