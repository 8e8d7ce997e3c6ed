import { describe, expect, it } from 'vitest';
import { jpegHeader } from '@trellis/shared/uploads/jpeg-size';
import { call, loginAs } from './api-client';
import { fileBytes, uploadFile } from './upload-flow';
import { fillAndSubmit, getReport, openRound, review, sample } from './reporting-fixture';

const DOC_HEAD = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ORG = 'sd-wljt';
const attach = (token: string, roundId: string, uploadId: string, kind: string) =>
  call('reporting.attach', { params: { orgId: ORG, roundId }, token, body: { uploadId, kind } });

describe('reporting: materials follow the report\'s lock, and open through a short-lived link', () => {
  it('attaching bumps the version and leaves a trail entry; a submitted report or a closed window refuses it until reopened', async () => {
    const round = await openRound(2051, 'sd');
    const [group, nation, other] = await Promise.all([loginAs('wljt.admin'), loginAs('admin'), loginAs('qcjt.admin')]);
    const doc = await uploadFile(group, ORG, '典型案例.doc', 'application/msword', 'case_document', fileBytes(2048, DOC_HEAD));
    const photo = await uploadFile(group, ORG, '实训基地.jpg', 'image/jpeg', 'case_photo', fileBytes(4096, Buffer.from(jpegHeader(1200, 800))));

    const first = await attach(group, round.id, doc, 'case_document');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.version).toBe(1);
    expect(first.body.trail.at(-1)).toMatchObject({ action: 'attach', from: 'draft', to: 'draft' });

    const link = await call('reporting.material', { params: { orgId: ORG, roundId: round.id, uploadId: doc }, token: group });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body.fileName).toBe('典型案例.doc');
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 8)).toEqual(DOC_HEAD);
    // Only an upload attached to this report opens: not the org's other upload, not through another org's report.
    expect((await call('reporting.material', { params: { orgId: ORG, roundId: round.id, uploadId: photo }, token: group })).body.error?.code).toBe('material.not_found');
    expect((await call('reporting.material', { params: { orgId: 'sd-jn-qcjt', roundId: round.id, uploadId: doc }, token: other })).status).toBe(404);

    await fillAndSubmit(group, ORG, round.id, sample(5, '山东省现代物流职业教育集团'));
    const submitted = await getReport(group, ORG, round.id);
    const locked = await attach(group, round.id, photo, 'photo');
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('report.locked');
    const after = await getReport(group, ORG, round.id);
    expect(after.materials).toHaveLength(1);
    expect(after.version).toBe(submitted.version);

    const closed = await openRound(2052, 'sd', { opensOn: '2020-01-01', closesOn: '2020-12-31' });
    const late = await attach(group, closed.id, photo, 'photo');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('report.window_closed');
    expect((await review('reporting.reopen', nation, ORG, closed.id, '补交材料')).status).toBe(200);
    const reopened = await attach(group, closed.id, photo, 'photo');
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body.materials.map((m: { uploadId: string }) => m.uploadId)).toEqual([photo]);
    expect(reopened.body.trail.map((e: { action: string }) => e.action)).toEqual(['open', 'reopen', 'attach']);
  });

  it('an attach racing a submit never lands in the submitted report unseen: one of them loses on the version', async () => {
    const round = await openRound(2053, 'sd');
    const group = await loginAs('wljt.admin');
    const saved = await call('reporting.save', { params: { orgId: ORG, roundId: round.id }, token: group, body: { expectedVersion: 0, data: sample(6, '山东省现代物流职业教育集团') } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const doc = await uploadFile(group, ORG, '佐证.doc', 'application/msword', 'supporting_document', fileBytes(2048, DOC_HEAD));
    const [att, sub] = await Promise.all([
      attach(group, round.id, doc, 'supporting_document'),
      call('reporting.submit', { params: { orgId: ORG, roundId: round.id }, token: group, body: { expectedVersion: saved.body.version } }),
    ]);
    expect([att.status, sub.status].sort(), JSON.stringify([att.body, sub.body])).toEqual([200, 409]);
    const final = await getReport(group, ORG, round.id);
    expect(final.materials).toHaveLength(att.status === 200 ? 1 : 0);
    expect(final.state).toBe(sub.status === 200 ? 'submitted' : 'draft');
    expect(final.version).toBe(saved.body.version + 1);
  });
});
