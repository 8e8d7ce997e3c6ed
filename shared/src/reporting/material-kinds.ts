/** Kinds of a report's supporting materials, without zod, so the report page's browser code stays small. */
export const MATERIAL_KINDS = ['case_document', 'supporting_document', 'photo'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
