import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { call, loginAs, uniqueSuffix } from './api-client';
import { publishedAtSchool, SCHOOL } from './site-items-fixture';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

/** Script, event handlers, javascript: URLs, SVG tricks, data: URLs and style expressions. */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">a</a>',
  '<a href="  jAvAsCrIpT:alert(1)">b</a>',
  '<a href="&#x6A;avascript:alert(1)">c</a>',
  '<svg onload=alert(1)><circle/></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>d</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">e</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<p style="width: expression(alert(1))">f</p>',
  '<div style="background:url(javascript:alert(1))">g</div>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<details open ontoggle=alert(1)>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form><button formaction="javascript:alert(1)">h</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

function executable(html: string): string[] {
  const lower = html.toLowerCase();
  const found: string[] = [];
  if (/<(script|svg|math|iframe|object|embed|style|img|base|meta|form|button|input|details|noscript)\b/.test(lower)) found.push('tag');
  if (/\son[a-z]+\s*=/.test(lower)) found.push('handler');
  if (/javascript:|data:|vbscript:/.test(lower)) found.push('url');
  if (/style\s*=|expression\(/.test(lower)) found.push('style');
  return found;
}

describe('site items: content', () => {
  it('sanitizes rich text on the server: no payload survives as something executable', async () => {
    const editor = await loginAs('jnxx.editor');
    const created = await call('siteItems.create', {
      params: { orgId: SCHOOL.orgId }, token: editor,
      body: { kind: 'news', title: `XSS检查${uniqueSuffix()}`, bodyHtml: `<p>正文<strong>加粗</strong></p>${XSS.join('\n')}`, submit: true },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(executable(created.body.bodyHtml)).toEqual([]);
    expect(created.body.bodyHtml).toContain('<strong>加粗</strong>');
    await call('siteItems.approve', { params: { orgId: SCHOOL.orgId, itemId: created.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
    const page = await call('siteItems.publicGet', { params: { slug: SCHOOL.slug, itemId: created.body.id } });
    expect(executable(page.body.item.bodyHtml)).toEqual([]);
    for (const payload of XSS) {
      const one = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: 'XSS单项', bodyHtml: `<p>x</p>${payload}` } });
      expect(executable(one.body.bodyHtml), payload).toEqual([]);
    }
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const editor = await loginAs('jnxx.editor');
    const before = await call('siteItems.list', { params: { orgId: SCHOOL.orgId }, query: { status: 'draft' }, token: editor });
    const empty = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: '空正文', bodyHtml: '<script>x</script>' } });
    expect(empty.body.error.fields).toEqual({ bodyHtml: ['body.required'] });
    const short = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: 'a', bodyHtml: '<p>x</p>' } });
    expect(short.body.error.fields).toEqual({ title: ['title.too_short'] });
    const after = await call('siteItems.list', { params: { orgId: SCHOOL.orgId }, query: { status: 'draft' }, token: editor });
    expect(after.body.items.map((i: { id: string }) => i.id)).toEqual(before.body.items.map((i: { id: string }) => i.id));
    expect((await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: await loginAs('wang.teacher'), body: { kind: 'news', title: '教师', bodyHtml: '<p>x</p>' } })).status).toBe(403);
  });

  it('two editors saving the same draft: one wins, the other gets a version conflict', async () => {
    const editor = await loginAs('jnxx.editor');
    const draft = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: '草稿', bodyHtml: '<p>一</p>' } });
    const save = (token: string, title: string) =>
      call('siteItems.update', { params: { orgId: SCHOOL.orgId, itemId: draft.body.id }, token, body: { expectedVersion: 1, kind: 'news', title, bodyHtml: '<p>二</p>' } });
    const [a, b] = await Promise.all([save(editor, '草稿甲'), save(await loginAs('jnxx.admin'), '草稿乙')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const published = await publishedAtSchool();
    const late = await call('siteItems.update', { params: { orgId: SCHOOL.orgId, itemId: published.id }, token: editor, body: { expectedVersion: published.version, kind: 'news', title: '改已发布', bodyHtml: '<p>x</p>' } });
    expect(late.body.error.code).toBe('siteItem.not_editable');
  });

  it('attaches uploaded images; they are public only once the item is published', async () => {
    const editor = await loginAs('jnxx.editor');
    const imageId = await uploadFile(editor, SCHOOL.orgId, '技能节.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const foreign = await uploadFile(await loginAs('jn.admin'), 'sd-jn', '别处.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const bad = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: '配图新闻', bodyHtml: '<p>x</p>', imageIds: [foreign] } });
    expect(bad.body.error.fields).toEqual({ imageIds: ['images.invalid'] });
    const created = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: '配图新闻', bodyHtml: '<p>x</p>', imageIds: [imageId], submit: true } });
    expect((await call('siteItems.publicImage', { params: { imageId } })).status).toBe(404);
    await call('siteItems.approve', { params: { orgId: SCHOOL.orgId, itemId: created.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
    const image = await call('siteItems.publicImage', { params: { imageId } });
    expect(image.status).toBe(200);
    expect((await fetch(image.body.url)).status).toBe(200);
    expect((await call('siteItems.publicImage', { params: { imageId: foreign } })).status).toBe(404);
  });
});

describe('closed sites', () => {
  it('a site its superiors closed shows only that it is closed, with the reason, and none of its items', async () => {
    const key = keys.org('gd-gz-jsxy');
    const close = new UpdateCommand({
      TableName: tableName(), Key: key, UpdateExpression: 'SET siteStatus = :s',
      ExpressionAttributeValues: { ':s': { state: 'closed', reason: '网站内容整改中', by: 'gd.admin', at: new Date().toISOString() } },
    });
    await ddb().send(close);
    try {
      const site = await call('sites.get', { params: { slug: 'gzjsxy' } });
      expect(site.body).toMatchObject({ closed: true, closedReason: '网站内容整改中', children: [], home: { news: [], notices: [], fromBelow: [] } });
      expect(site.body.org.intro).toBe('');
      const list = await call('siteItems.publicList', { params: { slug: 'gzjsxy' }, query: { category: 'news' } });
      expect(list.body).toMatchObject({ site: { closed: true, closedReason: '网站内容整改中' }, items: [] });
    } finally {
      await ddb().send(new UpdateCommand({ TableName: tableName(), Key: key, UpdateExpression: 'REMOVE siteStatus' }));
    }
    expect((await call('sites.get', { params: { slug: 'gzjsxy' } })).body.closed).toBe(false);
  });
});

describe('image preview', () => {
  it('the author org and superiors see a draft item’s images; others do not', async () => {
    const editor = await loginAs('jnxx.editor');
    const imageId = await uploadFile(editor, SCHOOL.orgId, '草稿图.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const draft = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { kind: 'news', title: '带图草稿', bodyHtml: '<p>x</p>', imageIds: [imageId] } });
    const params = { orgId: SCHOOL.orgId, itemId: draft.body.id, imageId };
    const mine = await call('siteItems.image', { params, token: editor });
    expect((await fetch(mine.body.url)).status).toBe(200);
    expect((await call('siteItems.image', { params: { ...params, orgId: 'sd' }, token: await loginAs('sd.admin') })).status).toBe(200);
    expect((await call('siteItems.image', { params, token: await loginAs('wang.teacher') })).status).toBe(403);
    expect((await call('siteItems.image', { params: { ...params, imageId: 'up-other' }, token: editor })).status).toBe(403);
    expect((await call('siteItems.publicImage', { params: { imageId } })).status).toBe(404);
  });
});
