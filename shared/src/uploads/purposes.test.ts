import { describe, expect, it } from 'vitest';
import { matchesMagic } from './magic';
import { extensionOf, kindFor, MAX_UPLOAD_BYTES, partBytes, partCount, PART_SIZE } from './purposes';

describe('upload rules', () => {
  it('accepts a kind only when extension, content type and purpose agree', () => {
    expect(kindFor('video', '微课.MP4', 'video/mp4')).toBe('mp4');
    expect(kindFor('video', 'clip.mp4', 'video/webm')).toBeNull();
    expect(kindFor('video', 'report.pdf', 'application/pdf')).toBeNull();
    expect(kindFor('document', 'report.pdf', 'application/pdf')).toBe('pdf');
    expect(kindFor('image', 'cover.jpeg', 'image/jpeg')).toBe('jpg');
  });

  it('needs a dot and a base name before the extension', () => {
    expect(kindFor('video', 'mp4', 'video/mp4')).toBeNull();
    expect(kindFor('video', '.mp4', 'video/mp4')).toBeNull();
    expect(kindFor('document', 'pdf', 'application/pdf')).toBeNull();
    expect(kindFor('video', 'a.mp4', 'video/mp4')).toBe('mp4');
    expect(kindFor('video', '课程.v2.MP4', 'video/mp4')).toBe('mp4');
    expect(extensionOf('mp4')).toBe('');
    expect(extensionOf('.mp4')).toBe('');
    expect(extensionOf('clip.')).toBe('');
    expect(extensionOf('Clip.WebM')).toBe('webm');
  });

  it('splits a 300 MB file into fixed parts with an exact last part', () => {
    expect(partCount(MAX_UPLOAD_BYTES)).toBe(30);
    expect(partBytes(1, MAX_UPLOAD_BYTES)).toBe(PART_SIZE);
    expect(partBytes(30, MAX_UPLOAD_BYTES)).toBe(PART_SIZE);
    expect(partBytes(2, PART_SIZE + 7)).toBe(7);
    expect(partBytes(3, PART_SIZE + 7)).toBe(0);
    expect(partCount(1)).toBe(1);
  });

  it('recognises file signatures', () => {
    const mp4 = Uint8Array.from([0, 0, 0, 0x20, ...Buffer.from('ftypisom')]);
    expect(matchesMagic('mp4', mp4)).toBe(true);
    expect(matchesMagic('mp4', Uint8Array.from(Buffer.from('%PDF-1.7 hello'))) ).toBe(false);
    expect(matchesMagic('pdf', Uint8Array.from(Buffer.from('%PDF-1.7 hello')))).toBe(true);
    expect(matchesMagic('png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });
});
