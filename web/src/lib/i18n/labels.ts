import { ORG_TYPES, type OrgType } from '@trellis/shared/orgs/org-types';
import { ROLES, type Role } from '@trellis/shared/access/roles';
import { t, type MessageKey } from './translate';

export function orgTypeLabel(type: string): string {
  return (ORG_TYPES as readonly string[]).includes(type) ? t(`orgType.${type as OrgType}` as MessageKey) : type;
}

export function roleLabel(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? t(`role.${role as Role}` as MessageKey) : role;
}

/** The keys written out (not built from the status) so the page-messages scan sees which are used. */
const STATUS_KEYS: Record<string, MessageKey> = {
  pending: 'status.pending',
  approved: 'status.approved',
  rejected: 'status.rejected',
  active: 'status.active',
  disabled: 'status.disabled',
};

/** Labels for pending/approved/rejected and active/disabled. */
export function statusLabel(status: string): string {
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : status;
}

export function orgTypeOptions(): { value: string; label: string }[] {
  return ORG_TYPES.map((type) => ({ value: type, label: orgTypeLabel(type) }));
}
