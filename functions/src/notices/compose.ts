import type { Actor } from '@trellis/shared/access/policy';
import type { ComposeNoticeInput, NoticeView } from '@trellis/shared/notices/schemas';
import type { Org } from '@trellis/shared/orgs/org';
import { isSelfOrAncestorPath } from '@trellis/shared/orgs/path';
import { listMembershipsUnder } from '../adapters/dynamodb/account/account-store';
import type { NoticeRecord } from '@trellis/shared/notices/notice-record';
import { getNotice, noticeIdForRequest, putNotice } from '../adapters/dynamodb/notice/notice-store';
import { getOrgs } from '../adapters/dynamodb/org/org-store';
import { AccessDenied, Conflict, ValidationError } from '../errors';
import { timeId } from '../security/tokens';
import { publishNotice } from './publish';
import { RESUME_AFTER_MS } from './publish-due';
import { sanitizeRichText } from './sanitize';

/** A notice whose time is this close counts as "publish now". */
const NOW_SLACK_MS = 30_000;

export function toView(n: NoticeRecord): NoticeView {
  const { orgPath: _p, requestId: _r, dueAt: _d, ...view } = n;
  return view;
}

/** Every target must lie inside the sender's subtree; a stranger's id is refused like a foreign one. */
async function checkScope(sender: Org, input: ComposeNoticeInput) {
  const orgIds = [...input.targets.subtrees, ...input.targets.orgs];
  const orgs = orgIds.length ? await getOrgs(orgIds) : new Map<string, Org>();
  if (orgIds.some((id) => !isSelfOrAncestorPath(sender.path, orgs.get(id)?.path ?? ''))) throw new AccessDenied();
  const memberships = await listMembershipsUnder(sender.path);
  const inScope = new Set(memberships.map((m) => m.accountId));
  if (input.targets.people.some((id) => !inScope.has(id))) throw new AccessDenied();
  return memberships;
}

/**
 * Composes a notice from `sender`. Retrying with the same request id returns the first
 * notice. Published at once, or stored as scheduled for the publisher to pick up.
 */
export async function composeNotice(actor: Actor, sender: Org, input: ComposeNoticeInput, now = Date.now()): Promise<NoticeView> {
  const existing = await noticeIdForRequest(sender.id, input.requestId);
  const found = existing ? await getNotice(existing) : null;
  if (found) return toView(found);
  const publishAt = input.publishAt ? Date.parse(input.publishAt) : now;
  if (input.confirmBy && Date.parse(input.confirmBy) <= publishAt) throw new ValidationError({ confirmBy: ['confirm_by.before_publish'] });
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  if (bodyHtml.replace(/<[^>]*>/g, '').trim().length === 0) throw new ValidationError({ bodyHtml: ['body.empty'] });
  const memberships = await checkScope(sender, input);
  const scheduled = publishAt > now + NOW_SLACK_MS;
  const notice: NoticeRecord = {
    id: timeId('n', now), orgId: sender.id, orgName: sender.name, orgPath: sender.path, title: input.title, bodyHtml,
    attachments: input.attachments, confirmBy: input.confirmBy ? new Date(input.confirmBy).toISOString() : null,
    publishAt: new Date(scheduled ? publishAt : now).toISOString(), status: scheduled ? 'scheduled' : 'publishing',
    sendSms: input.sendSms, targets: input.targets, recipientCount: 0, authorId: actor.accountId,
    createdAt: new Date(now).toISOString(), requestId: input.requestId,
    // Scheduled: due at its time. Publishing now: due again later only if this run dies.
    dueAt: new Date(scheduled ? publishAt : now + RESUME_AFTER_MS).toISOString(),
  };
  try {
    await putNotice(notice);
  } catch (error) {
    if (error instanceof Conflict && error.code === 'notice.duplicate_request') {
      const first = await noticeIdForRequest(sender.id, input.requestId);
      const winner = first ? await getNotice(first) : null;
      if (winner) return toView(winner);
    }
    throw error;
  }
  if (!scheduled) notice.recipientCount = await publishNotice(notice, memberships);
  if (!scheduled) notice.status = 'published';
  return toView(notice);
}
