import type { Role } from '@trellis/shared/access/roles';
import type { ReportRecord } from '@trellis/shared/reporting/report-record';
import { renderSms } from '@trellis/shared/notify/sms-templates';
import { getAccounts, listOrgMembers } from '../adapters/dynamodb/account/account-store';
import { putAll } from '../adapters/dynamodb/table/batch-write';
import { outboxItem } from '../adapters/dynamodb/outbox/outbox-store';

/** Admins of an org who can receive SMS now: active, verified number, not opted out. */
export async function smsReachableAdmins(orgId: string): Promise<{ id: string; phone: string }[]> {
  const page = await listOrgMembers(orgId, undefined, 50);
  const adminIds = page.items.filter((m) => (m.roles as Role[]).includes('admin')).map((m) => m.id);
  const accounts = await getAccounts(adminIds);
  return [...accounts.values()]
    .filter((a) => a.status === 'active' && a.phone && a.phoneVerified && !a.smsOptOut)
    .map((a) => ({ id: a.id, phone: a.phone as string }));
}

/**
 * Tells the group's admins by SMS that their report came back (the trail already records
 * the reason). One outbox item per admin; the id makes a retried request write it once.
 */
export async function notifyReturned(r: ReportRecord, reason: string, at: string): Promise<number> {
  const admins = await smsReachableAdmins(r.orgId);
  const items = admins.map((a) => outboxItem({
    id: `rpt-${r.roundId}-${r.orgId}-v${r.version}-${a.id}`, to: a.phone, orgId: r.orgId, template: 'report.returned',
    text: renderSms('report.returned', { year: String(r.year), reason }), createdAt: at,
  }));
  await putAll(items);
  return items.length;
}
