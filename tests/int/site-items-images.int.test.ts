import { describe, expect, it } from 'vitest';
import type { SiteItemView } from '@trellis/shared/site-items/schemas';
import { getSiteImage, writeSiteItem } from '../../functions/src/adapters/dynamodb/site-item/site-item-store';
import { call, loginAs, uniqueSuffix } from './api-client';
import { SCHOOL } from './site-items-fixture';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

/** Which images of items the public image route serves: only current images of published items of open sites. */
describe('public site images', () => {
  it('an image removed from an item in an edit is never served, though the item is later published', async () => {
    const editor = await loginAs('jnxx.editor');
    const kept = await uploadFile(editor, SCHOOL.orgId, '保留.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const removed = await uploadFile(editor, SCHOOL.orgId, '删除.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const body = { kind: 'news', title: `两张图 ${uniqueSuffix()}`, bodyHtml: '<p>x</p>' };
    const draft = await call('siteItems.create', { params: { orgId: SCHOOL.orgId }, token: editor, body: { ...body, imageIds: [kept, removed] } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(await getSiteImage(removed)).toEqual({ itemId: draft.body.id });
    const edited = await call('siteItems.update', {
      params: { orgId: SCHOOL.orgId, itemId: draft.body.id }, token: editor,
      body: { ...body, imageIds: [kept], expectedVersion: draft.body.version, submit: true },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(await getSiteImage(removed)).toBeNull();
    const approved = await call('siteItems.approve', { params: { orgId: SCHOOL.orgId, itemId: draft.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
    expect(approved.body.status).toBe('published');
    expect((await call('siteItems.publicImage', { params: { imageId: kept } })).status).toBe(200);
    const gone = await call('siteItems.publicImage', { params: { imageId: removed } });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('image.not_found');
  });

  it('the images of a closed site are not served; reopened, they are again', async () => {
    const jn = await loginAs('jn.admin');
    const made = await call('orgs.create', { params: { orgId: 'sd-jn' }, token: jn, body: { name: `图片测试学校${uniqueSuffix()}`, type: 'school', region: '山东省济南市' } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const org = made.body as { id: string; slug: string; path: string; name: string };
    const imageId = await uploadFile(jn, org.id, '校园.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    // The new school has no admin of its own yet: its published item is written as the workflow would.
    const at = new Date().toISOString();
    const origin = { orgId: org.id, orgPath: org.path, orgName: org.name, orgSlug: org.slug };
    const item: SiteItemView = {
      id: `si-${uniqueSuffix()}`, kind: 'news', title: '校园开放日', bodyHtml: '<p>x</p>', summary: 'x', imageIds: [imageId], origin,
      authorId: 'acc-test', authorName: '测试', status: 'published', placements: [{ ...origin, state: 'published', at, publishedAt: at }],
      takedown: null, trail: [], createdAt: at, updatedAt: at, version: 1,
    };
    await writeSiteItem(null, item);
    expect((await call('siteItems.publicImage', { params: { imageId } })).status).toBe(200);

    const closed = await call('sites.status', { params: { orgId: org.id }, token: jn, body: { state: 'closed', reason: '内容整改' } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await call('siteItems.publicImage', { params: { imageId } })).status).toBe(404);
    await call('sites.status', { params: { orgId: org.id }, token: jn, body: { state: 'active' } });
    expect((await call('siteItems.publicImage', { params: { imageId } })).status).toBe(200);
  });
});
