import { describe, expect, it } from 'vitest';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { getResourceWithCounts } from '../../functions/src/adapters/dynamodb/resource/resource-store';
import { firstViewToday } from '../../functions/src/adapters/dynamodb/public-view/public-view-store';
import { call, loginAs } from './api-client';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

const SLUG = 'jnxxgc'; // 济南信息工程学校 (sd-jn-xxgc)

async function submit(title: string, publicOnSite: boolean, withCover = false) {
  const teacher = await loginAs('wang.teacher');
  const uploadId = await uploadFile(teacher, 'sd-jn-xxgc', 'clip.mp4', 'video/mp4', 'video', fileBytes(4096));
  const coverUploadId = withCover ? await uploadFile(teacher, 'sd-jn-xxgc', 'cover.png', 'image/png', 'image', fileBytes(1024, PNG_HEAD)) : undefined;
  const made = await call('resources.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: teacher,
    body: { uploadId, coverUploadId, title, category: 'school_intro', subject: 'general', authors: ['王芳'], publicOnSite },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id as string;
}

const approve = async (id: string) =>
  expect((await call('resources.review', { params: { resourceId: id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } })).body.status).toBe('published');

async function siteIds(slug = SLUG): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await call('resources.publicList', { params: { slug }, query: cursor ? { cursor } : {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(...res.body.items.map((i: { id: string }) => i.id));
    cursor = res.body.cursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("the school's public site shows its public works", () => {
  it('lists only published works marked public, of that school; detail plays; a takedown removes it', async () => {
    const tag = Date.now();
    const shown = await submit(`校园风采 ${tag}`, true, true);
    const internal = await submit(`校内资料 ${tag}`, false);
    const pending = await submit(`待审作品 ${tag}`, true);
    await approve(shown);
    await approve(internal);

    const ids = await siteIds();
    expect(ids).toContain(shown);
    expect(ids).not.toContain(internal);
    expect(ids).not.toContain(pending);
    expect(await siteIds('shandong')).not.toContain(shown);

    resetMeter();
    const page = await call('resources.publicList', { params: { slug: SLUG } });
    // The slug guard, the orgs on the path, one Query of the school's published works.
    expect(readMeter().byCommand).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 1 });
    const item = page.body.items.find((i: { id: string }) => i.id === shown);
    expect(item).toMatchObject({ title: `校园风采 ${tag}`, teacher: '王芳', subject: 'general', schoolName: '济南信息工程学校' });
    expect(item).not.toHaveProperty('uploaderId');
    expect(item).not.toHaveProperty('trail');
    expect((await fetch(item.coverUrl)).status).toBe(200);

    const detail = await call('resources.publicGet', { params: { slug: SLUG, resourceId: shown } });
    expect(detail.status).toBe(200);
    const media = await fetch(detail.body.playUrl, { headers: { range: 'bytes=0-15' } });
    expect(media.status).toBe(206);
    for (const id of [internal, pending]) expect((await call('resources.publicGet', { params: { slug: SLUG, resourceId: id } })).status).toBe(404);
    expect((await call('resources.publicGet', { params: { slug: 'shandong', resourceId: shown } })).status).toBe(404);
    const counted = await call('resources.get', { params: { resourceId: shown }, token: await loginAs('li.member') });
    expect(counted.body.counts.views).toBe(2);

    const down = await call('resources.takedown', { params: { resourceId: shown }, token: await loginAs('sd.admin'), body: { reason: '版权存疑' } });
    expect(down.body.status).toBe('taken_down');
    expect(await siteIds()).not.toContain(shown);
    expect((await call('resources.publicGet', { params: { slug: SLUG, resourceId: shown } })).status).toBe(404);
  });

  it('counts an anonymous view at most once per visitor (client IP) and day', async () => {
    const id = await submit(`访客计数 ${Date.now()}`, true);
    await approve(id);
    const views = async () => (await getResourceWithCounts(id))?.counts.views ?? 0;
    const open = async (sourceIp: string) => expect((await call('resources.publicGet', { params: { slug: SLUG, resourceId: id }, sourceIp })).status).toBe(200);
    await open('198.51.100.7');
    await open('198.51.100.7');
    expect(await views()).toBe(1);
    await Promise.all([open('198.51.100.7'), open('198.51.100.7')]);
    expect(await views()).toBe(1);
    await open('198.51.100.8');
    expect(await views()).toBe(2);
    // The guard is per day: the same visitor tomorrow is a new view.
    expect(await firstViewToday(id, '198.51.100.7', Date.now() + 24 * 60 * 60 * 1000)).toBe(true);
    expect(await firstViewToday(id, '198.51.100.7')).toBe(false);
  });

  it('404 for an unknown site; 400 for a malformed id', async () => {
    expect((await call('resources.publicList', { params: { slug: 'no-such-site' } })).status).toBe(404);
    const bad = await call('resources.publicGet', { params: { slug: SLUG, resourceId: 'BAD!' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('resourceId');
  });
});
