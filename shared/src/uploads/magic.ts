import type { MediaKind } from './purposes';

/**
 * File signatures ("magic numbers") of the accepted kinds: the first bytes of a stored
 * object must match the kind its uploader claimed.
 */
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);

const SIGNATURES: Record<MediaKind, { offset: number; signature: Uint8Array }[]> = {
  mp4: [{ offset: 4, signature: ascii('ftyp') }],
  mov: [{ offset: 4, signature: ascii('ftyp') }, { offset: 4, signature: ascii('moov') }, { offset: 4, signature: ascii('wide') }],
  webm: [{ offset: 0, signature: bytes(0x1a, 0x45, 0xdf, 0xa3) }],
  pdf: [{ offset: 0, signature: ascii('%PDF-') }],
  doc: [{ offset: 0, signature: OLE }],
  ppt: [{ offset: 0, signature: OLE }],
  docx: [{ offset: 0, signature: ZIP }],
  pptx: [{ offset: 0, signature: ZIP }],
  jpg: [{ offset: 0, signature: bytes(0xff, 0xd8, 0xff) }],
  png: [{ offset: 0, signature: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) }],
};

/** How many leading bytes the check needs. */
export const MAGIC_BYTES = 16;

export function matchesMagic(kind: MediaKind, head: Uint8Array): boolean {
  return SIGNATURES[kind].some(({ offset, signature }) =>
    signature.every((b, i) => head[offset + i] === b),
  );
}
