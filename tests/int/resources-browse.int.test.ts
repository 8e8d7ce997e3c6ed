import { describe, expect, it } from 'vitest';
import { readMeter, resetMeter } from '../../functions/src/adapters/dynamodb/table/request-meter';
import { call, loginAs } from './api-client';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

type Item = { id: string; title: string; subject: string; category: string; schoolId: string };

/** Publishes a work with a title carrying `tag`, so each test finds only its own works. */
async function publish(tag: string, title: string, category: string, subject: string) {
  const teacher = await loginAs('wang.teacher');
  const uploadId = await uploadFile(teacher, 'sd-jn-xxgc', 'clip.mp4', 'video/mp4', 'video', fileBytes(4096));
  const made = await call('resources.create', {
    params: { orgId: 'sd-jn-xxgc' }, token: teacher,
    body: { uploadId, title: `${title} ${tag}`, category, subject, authors: ['王芳'] },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const ok = await call('resources.review', { params: { resourceId: made.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
  expect(ok.body.status).toBe('published');
  return made.body.id as string;
}

async function browse(query: Record<string, string>, orgId = 'cvea'): Promise<Item[]> {
  const res = await call('resources.published', { params: { orgId }, query, token: await loginAs('gd.admin') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Item[];
}

/** Signed-in readers: each counts one view per work per day, so n views need n readers. */
const READERS = ['gd.admin', 'sc.admin', 'gz.admin', 'cd.admin', 'qd.admin'];

/** Views by the readers from..to-1 (each once). */
async function view(id: string, to: number, from = 0) {
  for (const name of READERS.slice(from, to)) {
    expect((await call('resources.get', { params: { resourceId: id }, token: await loginAs(name) })).status).toBe(200);
  }
}

describe('browsing the library: filters and orders', () => {
  it('orders by most viewed, and the order follows new views', async () => {
    const tag = `VR${Date.now()}`;
    const a = await publish(tag, '液压系统', 'micro_course', 'mechanical');
    const b = await publish(tag, '电工基础', 'mooc', 'electrical');
    const c = await publish(tag, 'PLC 编程', 'micro_course', 'electrical');
    expect((await browse({ q: tag })).map((i) => i.id)).toEqual([c, b, a]);
    await view(a, 3);
    await view(c, 2);
    await view(b, 1);
    expect((await browse({ q: tag, sort: 'views' })).map((i) => i.id)).toEqual([a, c, b]);
    await view(b, 1); // the same reader again the same day: not counted
    expect((await browse({ q: tag, sort: 'views' })).map((i) => i.id)).toEqual([a, c, b]);
    await Promise.all([view(b, 3, 1), view(b, 5, 3)]);
    expect((await browse({ q: tag, sort: 'views' })).map((i) => i.id)).toEqual([b, a, c]);
    resetMeter();
    await browse({ q: tag, sort: 'views' });
    const used = readMeter().byCommand;
    expect(used.QueryCommand).toBeGreaterThanOrEqual(1);
    // The session with its account, then the page's resources.
    expect(used.BatchGetItemCommand).toBe(2);
  });

  it('filters by subject, category, school, region and title keyword', async () => {
    const tag = `FL${Date.now()}`;
    const a = await publish(tag, '数控铣削', 'micro_course', 'cnc');
    const b = await publish(tag, '数控车削', 'teaching_plan', 'cnc');
    const c = await publish(tag, '网页设计', 'micro_course', 'computer');
    expect((await browse({ q: tag, subject: 'cnc' })).map((i) => i.id)).toEqual([b, a]);
    expect((await browse({ q: tag, category: 'micro_course' })).map((i) => i.id)).toEqual([c, a]);
    expect((await browse({ q: tag, subject: 'cnc', category: 'micro_course', sort: 'views' })).map((i) => i.id)).toEqual([a]);
    expect((await browse({ q: `数控车削 ${tag}` })).map((i) => i.id)).toEqual([b]);
    expect((await browse({ q: tag.toLowerCase() })).map((i) => i.id)).toEqual([c, b, a]);
    expect((await browse({ q: tag, schoolId: 'sd-jn-xxgc' })).length).toBe(3);
    expect(await browse({ q: tag, schoolId: 'sd-jn' })).toEqual([]);
    expect((await browse({ q: tag }, 'sd')).length).toBe(3);
    expect(await browse({ q: tag }, 'gd')).toEqual([]);
    expect(await browse({ q: tag, subject: 'arts' })).toEqual([]);
  });

  it('pages through a filtered listing without skipping or repeating', async () => {
    const tag = `PG${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) ids.push(await publish(tag, `分页 ${i}`, 'paper', 'general'));
    const token = await loginAs('gd.admin');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await call('resources.published', { params: { orgId: 'cvea' }, query: { q: tag, sort: 'views', ...(cursor ? { cursor } : {}) }, token });
      seen.push(...res.body.items.map((i: Item) => i.id));
      cursor = res.body.cursor ?? undefined;
    } while (cursor);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('refuses bad filters with field errors', async () => {
    const gd = await loginAs('gd.admin');
    const res = await call('resources.published', { params: { orgId: 'cvea' }, query: { sort: 'popular', subject: '数控技术', q: 'x'.repeat(51) }, token: gd });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ sort: ['sort.invalid'], subject: ['subject.invalid'], q: ['q.too_long'] });
  });

  it('a work taken down leaves both orders', async () => {
    const tag = `TD${Date.now()}`;
    const a = await publish(tag, '焊接工艺', 'micro_course', 'mechanical');
    await view(a, 2);
    expect((await browse({ q: tag, sort: 'views' })).map((i) => i.id)).toEqual([a]);
    const down = await call('resources.takedown', { params: { resourceId: a }, token: await loginAs('sd.admin'), body: { reason: '版权存疑' } });
    expect(down.body.status).toBe('taken_down');
    expect(await browse({ q: tag, sort: 'views' })).toEqual([]);
    expect(await browse({ q: tag })).toEqual([]);
  });

  it('a cover image (jpg or png upload of purpose image) shows in listings and detail; other uploads are refused', async () => {
    const teacher = await loginAs('wang.teacher');
    const tag = `CV${Date.now()}`;
    const video = await uploadFile(teacher, 'sd-jn-xxgc', 'clip.mp4', 'video/mp4', 'video', fileBytes(4096));
    const jpg = await uploadFile(teacher, 'sd-jn-xxgc', '封面.jpg', 'image/jpeg', 'image', fileBytes(2048, Buffer.from([0xff, 0xd8, 0xff, 0xe0])));
    const notImage = await uploadFile(teacher, 'sd-jn-xxgc', 'other.mp4', 'video/mp4', 'video', fileBytes(4096));
    const body = { uploadId: video, title: `有封面 ${tag}`, category: 'micro_course', subject: 'arts', authors: ['王芳'] };
    const refused = await call('resources.create', { params: { orgId: 'sd-jn-xxgc' }, token: teacher, body: { ...body, coverUploadId: notImage } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ coverUploadId: ['cover.not_usable'] });
    const foreign = await uploadFile(await loginAs('jnxx.admin'), 'sd-jn-xxgc', 'x.png', 'image/png', 'image', fileBytes(1024, PNG_HEAD));
    const notMine = await call('resources.create', { params: { orgId: 'sd-jn-xxgc' }, token: teacher, body: { ...body, coverUploadId: foreign } });
    expect(notMine.body.error.fields).toEqual({ coverUploadId: ['cover.not_usable'] });
    const made = await call('resources.create', { params: { orgId: 'sd-jn-xxgc' }, token: teacher, body: { ...body, coverUploadId: jpg } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    await call('resources.review', { params: { resourceId: made.body.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
    const [listed] = await browse({ q: tag });
    expect(listed?.id).toBe(made.body.id);
    const cover = await fetch((listed as unknown as { coverUrl: string }).coverUrl);
    expect(cover.status).toBe(200);
    expect(Buffer.from(await cover.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const detail = await call('resources.get', { params: { resourceId: made.body.id }, token: await loginAs('li.member') });
    expect(detail.body.resource.coverUrl).toMatch(/^https?:/);
    const plain = await publish(tag, '无封面', 'paper', 'arts');
    expect((await browse({ q: tag })).find((i) => i.id === plain)).toMatchObject({ coverUrl: null });
  });
});
