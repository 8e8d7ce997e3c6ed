import { ROLES } from '@trellis/shared/access/roles';
import { composeNoticeInput, type ComposeNoticeBody } from '@trellis/shared/notices/schemas';
import { ORG_TYPES } from '@trellis/shared/orgs/org-types';
import { hasText, plainTextToHtml, shanghaiIso } from '#lib/notices.ts';
import { zodFields } from '#lib/server/form-failure.ts';
import { list, text } from '#lib/server/form-fields.ts';

export const MAX_ATTACHMENTS = 5;
const URL_PATTERN = /^https?:\/\/[^\s/]+\S*$/i;

export type ComposeValues = Record<string, string | string[]>;

/** Checkbox values are "<id> <name>" so a choice keeps its label across a round trip; ids have no spaces. */
const idsOf = (values: string[]) => [...new Set(values.map((v) => v.split(' ')[0] ?? '').filter(Boolean))];

/** Form field for an API or schema field path (the form's names differ from the JSON body's). */
export function formField(path: string): string {
  if (path === 'bodyHtml') return 'body';
  if (path.startsWith('targets')) return 'targets';
  const attachment = /^attachments\.(\d+)\.(name|url)$/.exec(path);
  if (attachment) return `attachment.${attachment[1]}.${attachment[2]}`;
  return ['title', 'confirmBy', 'publishAt', 'requestId'].includes(path) ? path : 'form';
}

export function toFormFields(fields: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, codes] of Object.entries(fields)) (out[formField(path)] ??= []).push(...codes);
  return out;
}

/**
 * Reads the compose form: the values to echo, the API body, and field errors found here.
 * Without JavaScript the body is plain text (no `bodyFormat=html`) and becomes paragraphs.
 */
export function readCompose(form: FormData, orgId: string, now = Date.now()) {
  const values: ComposeValues = {
    title: text(form, 'title'),
    body: text(form, 'body'),
    bodyFormat: text(form, 'bodyFormat') === 'html' ? 'html' : '',
    confirmBy: text(form, 'confirmBy'),
    publishAt: text(form, 'publishAt'),
    sendSms: text(form, 'sendSms') === 'yes' ? 'yes' : '',
    requestId: text(form, 'requestId'),
    attachmentName: list(form, 'attachmentName').slice(0, MAX_ATTACHMENTS),
    attachmentUrl: list(form, 'attachmentUrl').slice(0, MAX_ATTACHMENTS),
    subtrees: list(form, 'subtrees'),
    orgs: list(form, 'orgs'),
    orgTypes: list(form, 'orgTypes').filter((v) => (ORG_TYPES as readonly string[]).includes(v)),
    roles: list(form, 'roles').filter((v) => (ROLES as readonly string[]).includes(v)),
    people: list(form, 'people'),
  };
  const fields: Record<string, string[]> = {};
  const add = (field: string, code: string) => (fields[field] ??= []).push(code);

  const raw = values.body as string;
  const bodyHtml = values.bodyFormat === 'html' ? raw : plainTextToHtml(raw);
  if (!hasText(bodyHtml)) add('body', 'body.empty');

  const attachments: { name: string; url: string }[] = [];
  const names = values.attachmentName as string[];
  const urls = values.attachmentUrl as string[];
  for (let i = 0; i < MAX_ATTACHMENTS; i++) {
    const name = (names[i] ?? '').trim();
    const url = (urls[i] ?? '').trim();
    if (!name && !url) continue;
    if (!name) add(`attachment.${i}.name`, 'attachment.name_required');
    if (!URL_PATTERN.test(url) || !URL.canParse(url)) add(`attachment.${i}.url`, 'attachment.url_invalid');
    attachments.push({ name, url });
  }

  const confirmBy = shanghaiIso(values.confirmBy as string);
  const publishAt = shanghaiIso(values.publishAt as string);
  if (confirmBy === null) add('confirmBy', 'datetime.invalid');
  if (publishAt === null) add('publishAt', 'datetime.invalid');
  if (confirmBy && Date.parse(confirmBy) <= (publishAt ? Date.parse(publishAt) : now)) add('confirmBy', 'confirm_by.before_publish');

  const body: ComposeNoticeBody = {
    title: (values.title as string).trim(),
    bodyHtml,
    attachments,
    ...(confirmBy ? { confirmBy } : {}),
    ...(publishAt ? { publishAt } : {}),
    sendSms: values.sendSms === 'yes',
    targets: {
      subtrees: idsOf(values.subtrees as string[]),
      orgs: idsOf(values.orgs as string[]),
      orgTypes: values.orgTypes as ComposeNoticeBody['targets']['orgTypes'],
      roles: values.roles as ComposeNoticeBody['targets']['roles'],
      people: idsOf(values.people as string[]),
    },
    requestId: values.requestId as string,
  };

  const parsed = composeNoticeInput.safeParse({ orgId, ...body });
  if (!parsed.success) {
    for (const [field, codes] of Object.entries(toFormFields(zodFields(parsed.error)))) {
      for (const code of codes) if (!fields[field]?.includes(code)) add(field, code);
    }
  }
  return { values, body, fields };
}
