import { describe, expect, it } from 'vitest';
import { call, loginAs } from './api-client';
import { fileBytes, PNG_HEAD, uploadFile } from './upload-flow';

async function submit(token: string, extra: Record<string, unknown> = {}) {
  const uploadId = await uploadFile(token, 'sd-jn-xxgc', '数控车削微课.mp4', 'video/mp4', 'video', fileBytes(4096));
  const res = await call('resources.create', {
    params: { orgId: 'sd-jn-xxgc' }, token,
    body: { uploadId, title: '数控车削加工微课', category: 'micro_course', subject: 'cnc', authors: ['王芳'], ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string; schoolYear: string };
}

describe('teaching-resource library', () => {
  it('a teacher submits, the school approves, everyone signed in can find and play it', async () => {
    const teacher = await loginAs('wang.teacher');
    const r = await submit(teacher);
    expect(r.status).toBe('pending');
    const admin = await loginAs('jnxx.admin');
    const queue = await call('resources.school', { params: { orgId: 'sd-jn-xxgc' }, token: admin });
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    const before = await call('resources.quotas', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin') });
    const published = (before.body.items as { orgId: string; published: number }[]).find((i) => i.orgId === 'sd-jn-xxgc')?.published ?? 0;
    const ok = await call('resources.review', { params: { resourceId: r.id }, token: admin, body: { decision: 'approve' } });
    expect(ok.body).toMatchObject({ status: 'published', trail: [{ action: 'submitted' }, { action: 'approved' }] });
    const gd = await loginAs('gd.admin');
    const list = await call('resources.published', { params: { orgId: 'sd' }, query: { category: 'micro_course' }, token: gd });
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    const opened = await call('resources.get', { params: { resourceId: r.id }, token: gd });
    expect(opened.body.counts.views).toBeGreaterThanOrEqual(1);
    const media = await fetch(opened.body.playUrl, { headers: { range: 'bytes=0-99' } });
    expect(media.status).toBe(206);
    const after = await call('resources.quotas', { params: { orgId: 'sd-jn' }, token: await loginAs('jn.admin') });
    const row = (after.body.items as { orgId: string; published: number; quota: number }[]).find((i) => i.orgId === 'sd-jn-xxgc');
    expect(row).toMatchObject({ quota: 4, published: published + 1 });
  });

  it('counts downloads atomically under concurrency, and views once per reader and day', async () => {
    const teacher = await loginAs('wang.teacher');
    const r = await submit(teacher);
    await call('resources.review', { params: { resourceId: r.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } });
    const reader = await loginAs('li.member');
    await Promise.all(Array.from({ length: 40 }, () => call('resources.get', { params: { resourceId: r.id }, token: reader })));
    const dls = await Promise.all(Array.from({ length: 40 }, () => call('resources.download', { params: { resourceId: r.id }, token: reader })));
    expect(dls.every((dl) => String(dl.body.url).includes('attachment'))).toBe(true);
    const others = await Promise.all(['gd.admin', 'sd.admin'].map(async (name) => call('resources.get', { params: { resourceId: r.id }, token: await loginAs(name) })));
    expect(others.map((o) => o.status)).toEqual([200, 200]);
    const final = await call('resources.get', { params: { resourceId: r.id }, token: reader });
    expect(final.body.counts).toEqual({ views: 3, downloads: 40 });
  });

  it('returns need a reason; only reviewers and the uploader see unpublished works', async () => {
    const teacher = await loginAs('wang.teacher');
    const r = await submit(teacher);
    const admin = await loginAs('jnxx.admin');
    const noReason = await call('resources.review', { params: { resourceId: r.id }, token: admin, body: { decision: 'return' } });
    expect(noReason.body.error.fields).toEqual({ reason: ['reason.required'] });
    expect((await call('resources.get', { params: { resourceId: r.id }, token: await loginAs('li.member') })).status).toBe(403);
    expect((await call('resources.review', { params: { resourceId: r.id }, token: teacher, body: { decision: 'approve' } })).status).toBe(403);
    const back = await call('resources.review', { params: { resourceId: r.id }, token: admin, body: { decision: 'return', reason: '请补充字幕' } });
    expect(back.body.status).toBe('returned');
    const mine = await call('resources.get', { params: { resourceId: r.id }, token: teacher });
    expect(mine.body.resource.trail.at(-1)).toMatchObject({ action: 'returned', reason: '请补充字幕' });
    // The teacher hears of it in the inbox, with a link to the work.
    const inbox = (await call('inbox.list', { token: teacher })).body.items as { event?: string; link?: string; vars?: Record<string, string> }[];
    expect(inbox.filter((i) => i.event === 'resource.returned' && i.link === `/w/resources/${r.id}`).map((i) => i.vars?.reason)).toEqual(['请补充字幕']);
  });

  it('two reviewers at once: one decides, the other is told', async () => {
    const r = await submit(await loginAs('wang.teacher'));
    const [a, b] = await Promise.all([
      call('resources.review', { params: { resourceId: r.id }, token: await loginAs('jnxx.admin'), body: { decision: 'approve' } }),
      call('resources.review', { params: { resourceId: r.id }, token: await loginAs('jn.admin'), body: { decision: 'return', reason: '重复' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('an admin above the school takes a work down; it leaves the listings; the school cannot', async () => {
    const r = await submit(await loginAs('wang.teacher'));
    const school = await loginAs('jnxx.admin');
    await call('resources.review', { params: { resourceId: r.id }, token: school, body: { decision: 'approve' } });
    expect((await call('resources.takedown', { params: { resourceId: r.id }, token: school, body: { reason: 'x' } })).status).toBe(403);
    expect((await call('resources.takedown', { params: { resourceId: r.id }, token: await loginAs('gd.admin'), body: { reason: 'x' } })).status).toBe(403);
    const sd = await loginAs('sd.admin');
    const down = await call('resources.takedown', { params: { resourceId: r.id }, token: sd, body: { reason: '版权存疑' } });
    expect(down.body.status).toBe('taken_down');
    const list = await call('resources.published', { params: { orgId: 'sd-jn-xxgc' }, token: sd });
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(r.id);
    const teacherView = await call('resources.get', { params: { resourceId: r.id }, token: await loginAs('wang.teacher') });
    expect(teacherView.body.resource.trail.at(-1)).toMatchObject({ action: 'taken_down', reason: '版权存疑' });
  });

  it('refuses an upload that is not the submitter\'s, not finished, or of the wrong purpose', async () => {
    const teacher = await loginAs('wang.teacher');
    const image = await uploadFile(teacher, 'sd-jn-xxgc', 'cover.png', 'image/png', 'image', fileBytes(2048, PNG_HEAD));
    const wrongPurpose = await call('resources.create', {
      params: { orgId: 'sd-jn-xxgc' }, token: teacher,
      body: { uploadId: image, title: '封面不是作品', category: 'micro_course', subject: 'cnc', authors: ['王芳'] },
    });
    expect(wrongPurpose.body.error.fields).toEqual({ uploadId: ['upload.not_usable'] });
    const stranger = await call('resources.create', {
      params: { orgId: 'sd-jn-xxgc' }, token: await loginAs('jnxx.admin'),
      body: { uploadId: image, title: '别人的上传', category: 'paper', subject: 'cnc', authors: ['x'] },
    });
    expect(stranger.status).toBe(400);
    const bad = await call('resources.create', { params: { orgId: 'sd-jn-xxgc' }, token: teacher, body: { title: 'x' } });
    expect(bad.status).toBe(400);
  });

  it('ranks top contributors nationally and in the province by published works', async () => {
    const teacher = await loginAs('wang.teacher');
    const admin = await loginAs('jnxx.admin');
    for (let i = 0; i < 2; i++) {
      const r = await submit(teacher);
      await call('resources.review', { params: { resourceId: r.id }, token: admin, body: { decision: 'approve' } });
    }
    for (const scope of ['cvea', 'sd']) {
      const top = await call('resources.top', { params: { orgId: scope }, token: await loginAs('gd.admin') });
      expect(top.body.items[0]).toMatchObject({ name: '王芳', schoolName: '济南信息工程学校' });
      expect(top.body.items[0].published).toBeGreaterThanOrEqual(2);
    }
    expect((await call('resources.top', { params: { orgId: 'gd' }, token: teacher })).body.items).toEqual([]);
  });
});

