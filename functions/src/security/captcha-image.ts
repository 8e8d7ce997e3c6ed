import { randomInt } from 'node:crypto';

/**
 * An image captcha drawn by the app: digits as jittered strokes (no <text> to read out of
 * the markup), each glyph rotated and shifted, with noise curves across.
 * Glyphs are polylines on a 10 x 16 grid.
 */
const GLYPHS: Record<string, number[][][]> = {
  '0': [[[2, 1], [8, 1], [9, 8], [8, 15], [2, 15], [1, 8], [2, 1]]],
  '1': [[[3, 4], [6, 1], [6, 15]], [[3, 15], [9, 15]]],
  '2': [[[1, 4], [4, 1], [8, 2], [8, 6], [1, 15], [9, 15]]],
  '3': [[[1, 2], [8, 1], [5, 7], [9, 11], [6, 15], [1, 14]]],
  '4': [[[7, 15], [7, 1], [1, 11], [9, 11]]],
  '5': [[[9, 1], [2, 1], [1, 7], [7, 7], [9, 11], [7, 15], [1, 14]]],
  '6': [[[8, 1], [3, 5], [1, 11], [4, 15], [8, 13], [8, 9], [2, 9]]],
  '7': [[[1, 1], [9, 1], [4, 15]], [[3, 8], [8, 8]]],
  '8': [[[5, 7], [1, 4], [5, 1], [9, 4], [5, 7], [1, 11], [5, 15], [9, 11], [5, 7]]],
  '9': [[[8, 7], [2, 7], [1, 3], [5, 1], [9, 3], [8, 9], [3, 15]]],
};

const jitter = (v: number) => v + (randomInt(-40, 41) / 100);
const colour = () => `hsl(${randomInt(0, 360)},60%,${randomInt(25, 40)}%)`;

function glyphPath(digit: string, x: number): string {
  const scale = 2.2;
  const angle = randomInt(-25, 26);
  const dy = randomInt(4, 12);
  const strokes = (GLYPHS[digit] ?? [])
    .map((line) => 'M' + line.map(([px = 0, py = 0]) => `${jitter(px) * scale},${jitter(py) * scale}`).join(' L'))
    .join(' ');
  return `<path transform="translate(${x},${dy}) rotate(${angle} 11 17)" d="${strokes}" fill="none" stroke="${colour()}" stroke-width="${randomInt(20, 32) / 10}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function noise(width: number, height: number): string {
  const y = () => randomInt(0, height);
  return `<path d="M0,${y()} C${width / 3},${y()} ${(2 * width) / 3},${y()} ${width},${y()}" fill="none" stroke="${colour()}" stroke-width="1.5" opacity="0.7"/>`;
}

export function captchaSvg(answer: string): string {
  const width = 30 * answer.length + 20;
  const height = 56;
  const glyphs = [...answer].map((d, i) => glyphPath(d, 12 + i * 30)).join('');
  const lines = Array.from({ length: 4 }, () => noise(width, height)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${lines}${glyphs}</svg>`;
}
