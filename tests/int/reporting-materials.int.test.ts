import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '@trellis/shared/data/keys';
import { chinaDay } from '@trellis/shared/reporting/rounds';
import { ddb, tableName } from '../../functions/src/adapters/dynamodb/table/client';
import { remindDue } from '../../functions/src/reporting/remind-due';
import { jpegHeader } from '@trellis/shared/uploads/jpeg-size';
import { call, loginAs } from './api-client';
import { fileBytes, putParts, uploadFile } from './upload-flow';
import { getReport, openRound } from './reporting-fixture';

const DOC_HEAD = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('reporting: case-study materials', () => {
  it('checks photo width from the JPEG header and attaches documents and photos to the report', async () => {
    const round = await openRound(2036, 'sd');
    const group = await loginAs('wljt.admin');
    const narrow = await call('uploads.create', {
      params: { orgId: 'sd-wljt' }, token: group,
      body: { fileName: '校企合作.jpg', size: 4096, contentType: 'image/jpeg', purpose: 'case_photo' },
    });
    expect(narrow.status, JSON.stringify(narrow.body)).toBe(201);
    await putParts(group, narrow.body.uploadId, fileBytes(4096, Buffer.from(jpegHeader(400, 300))));
    const refused = await call('uploads.complete', { params: { uploadId: narrow.body.uploadId }, token: group });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ width: ['upload.too_narrow'] });

    const photo = await uploadFile(group, 'sd-wljt', '实训基地.jpg', 'image/jpeg', 'case_photo', fileBytes(4096, Buffer.from(jpegHeader(1200, 800))));
    const doc = await uploadFile(group, 'sd-wljt', '典型案例.doc', 'application/msword', 'case_document', fileBytes(2048, DOC_HEAD));
    const tooBig = await call('uploads.create', {
      params: { orgId: 'sd-wljt' }, token: group,
      body: { fileName: '章程.docx', size: 20 * 1024 * 1024, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', purpose: 'supporting_document' },
    });
    expect(tooBig.body.error.fields).toEqual({ size: ['upload.too_large'] });

    const mismatch = await call('reporting.attach', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: { uploadId: doc, kind: 'photo' } });
    expect(mismatch.status).toBe(400);
    await Promise.all([
      call('reporting.attach', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: { uploadId: photo, kind: 'photo' } }),
      call('reporting.attach', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: { uploadId: doc, kind: 'case_document' } }),
    ]).then(async (rs) => {
      // Two attaches at once: one may lose the condition and is retried by the client.
      for (const [i, r] of rs.entries()) {
        if (r.status === 409) {
          const again = await call('reporting.attach', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: i === 0 ? { uploadId: photo, kind: 'photo' } : { uploadId: doc, kind: 'case_document' } });
          expect(again.status).toBe(200);
        } else expect(r.status, JSON.stringify(r.body)).toBe(200);
      }
    });
    const report = await getReport(group, 'sd-wljt', round.id);
    expect(report.materials.map((m) => [m.kind, m.widthPx]).sort()).toEqual([['case_document', null], ['photo', 1200]]);
    const dup = await call('reporting.attach', { params: { orgId: 'sd-wljt', roundId: round.id }, token: group, body: { uploadId: photo, kind: 'photo' } });
    expect(dup.body.materials).toHaveLength(2);
  });

  it('sends the automatic reminders on a round\'s reminder day, once', async () => {
    // 10:00 Beijing time today: automatic reminders are sent from 09:00 only.
    const now = new Date(`${chinaDay(new Date())}T10:00:00+08:00`);
    const round = await openRound(2044, 'sd-jn', { opensOn: '2020-01-01', closesOn: chinaDay(new Date(now.getTime() + 7 * 86_400_000)) });
    const first = (await remindDue(now)).find((r) => r.roundId === round.id);
    expect(first?.result).toMatchObject({ pending: 1, sent: 1, withoutPhone: 0 });
    const qcjt = (await call('auth.me', { token: await loginAs('qcjt.admin') })).body.account.id as string;
    const sms = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.outbox(`rrem-${round.id}-auto-${chinaDay(now)}-${qcjt}`) }));
    expect(sms.Item?.text).toContain('尚未提交');
    expect((await remindDue(now)).find((r) => r.roundId === round.id)?.result).toEqual(first?.result);
  });
});
