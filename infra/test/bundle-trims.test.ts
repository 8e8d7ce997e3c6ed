import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeRichText } from '@trellis/functions/notices/sanitize';
import { LAMBDA_BUNDLE_FILE, lambdaBuildOptions } from '../lib/bundle-options';
import { repoRoot } from '../lib/paths';

/**
 * The trimmed dependencies (bundle-trims.ts) behave as the real ones where the app uses them:
 * a probe module bundled with the Lambda options runs the rich-text sanitizer and zod.
 */
describe('bundle trims', () => {
  const dir = join(repoRoot, 'cdk.out', `.bundle-trims-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function probe(): Promise<{
    sanitize: (html: string) => string;
    parse: (v: unknown) => unknown;
    read: (member: string) => unknown;
  }> {
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, 'probe.ts');
    writeFileSync(entry, `import { z } from 'zod';
import { sanitizeRichText } from ${JSON.stringify(join(repoRoot, 'functions/src/notices/sanitize.ts'))};
const schema = z.object({ name: z.string().min(2, 'name.too_short'), n: z.number().int().max(3) });
export const sanitize = sanitizeRichText;
export const parse = (v: unknown) => { const r = schema.safeParse(v); return r.success ? r.data : r.error.issues.map((i) => [i.path.join('.'), i.code, i.message]); };
export const read = (member: string) => (z as unknown as Record<string, unknown>)[member];
export const handler = () => undefined;
`);
    await build(lambdaBuildOptions({ entry, outdir: join(dir, 'out') }));
    return import(pathToFileURL(join(dir, 'out', LAMBDA_BUNDLE_FILE)).href);
  }

  it('sanitizes rich text exactly as the unbundled sanitizer does', async () => {
    const { sanitize } = await probe();
    const samples = [
      '<p style="color:red" onclick="x()">a &amp; b<script>alert(1)</script></p>',
      '<a href="javascript:alert(1)">x</a><a href="https://example.org/?a=1&b=2" title="t">ok</a>',
      '<table><tr><td colspan="2" style="width:1px">c</td></tr></table><svg><circle/></svg><img src=x onerror=y>',
      '<h2>标题</h2><ul><li>一 &lt;二&gt; &nbsp;三</li></ul><iframe src="https://evil"></iframe>',
    ];
    for (const html of samples) expect(sanitize(html)).toBe(sanitizeRichText(html));
    expect(sanitize(samples[0]!)).toBe('<p>a &amp; b</p>');
  });

  it('validates with our message codes and zod\'s English defaults; left-out members throw', async () => {
    const { parse, read } = await probe();
    expect(parse({ name: 'ab', n: 2 })).toEqual({ name: 'ab', n: 2 });
    expect(parse({ name: 'a', n: 4 })).toEqual([
      ['name', 'too_small', 'name.too_short'],
      ['n', 'too_big', 'Too big: expected number to be <=3'],
    ]);
    expect(() => read('locales')).toThrow(/left out of the Lambda bundles/);
    expect(() => read('toJSONSchema')).toThrow(/left out of the Lambda bundles/);
  });
});
