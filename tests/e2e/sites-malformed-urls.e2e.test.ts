import { describe, expect, it } from 'vitest';
import { useBrowserStack } from './harness';

/** The web server answers a malformed URL with a 400, never a 5xx or a stack trace (issue 12). */
describe('malformed URLs on the web server', () => {
  const stack = useBrowserStack();

  it('answers a broken percent-escape in a public or workspace path 400 without a stack trace', async () => {
    for (const path of ['/o/%E0%A4%A', '/o/%', '/w/orgs/%ZZ', '/o/shandong/news/%C0%AF%']) {
      const res = await fetch(`${stack.webUrl}${path}`, { redirect: 'manual' });
      const text = await res.text();
      expect(res.status, path).toBe(400);
      expect(text, path).not.toMatch(/\n\s+at |node_modules|Error: /);
    }
    const fine = await fetch(`${stack.webUrl}/o/shandong`);
    expect(fine.status).toBe(200);
  });
});
