import { describe, expect, it } from 'vitest';
import { jpegHeader, jpegSize } from './jpeg-size';

describe('JPEG size from the header', () => {
  it('reads width and height from the frame header, after other segments', () => {
    expect(jpegSize(jpegHeader(1200, 800))).toEqual({ width: 1200, height: 800 });
    const exif = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4, ...jpegHeader(640, 480).slice(2)]);
    expect(jpegSize(exif)).toEqual({ width: 640, height: 480 });
  });

  it('gives null for what is not a JPEG or has no frame header in the bytes read', () => {
    expect(jpegSize(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(jpegSize(jpegHeader(800, 600).slice(0, 22))).toBeNull();
  });
});
