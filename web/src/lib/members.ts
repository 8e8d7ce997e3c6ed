import { MEMBER_TYPES, type MemberType } from '@trellis/shared/members/member-types';
import { t, type MessageKey } from '#lib/i18n/translate.ts';

export const memberTypeLabel = (type: string) =>
  (MEMBER_TYPES as readonly string[]).includes(type) ? t(`mem.type.${type as MemberType}` as MessageKey) : type;

export const memberStatusLabel = (status: string) =>
  ['pending', 'approved', 'rejected', 'ended'].includes(status) ? t(`mem.status.${status}` as MessageKey) : status;

export const memberTypeOptions = () => MEMBER_TYPES.map((value) => ({ value, label: memberTypeLabel(value) }));

export const sectionLabel = (section: string) => t(`siteset.section.${section}` as MessageKey);

/** Member units grouped by type, in the fixed order of types; empty groups left out. */
export function groupByType<T extends { type: string }>(items: T[]): { type: string; items: T[] }[] {
  const known = MEMBER_TYPES.map((type) => ({ type: type as string, items: items.filter((i) => i.type === type) }));
  const other = items.filter((i) => !(MEMBER_TYPES as readonly string[]).includes(i.type));
  return [...known, { type: 'other', items: other }].filter((g) => g.items.length > 0);
}
