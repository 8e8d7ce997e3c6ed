import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './sanitize';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<svg onload=alert(1)><circle/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<body onload=alert(1)>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<div onclick="alert(1)">x</div>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input autofocus onfocus=alert(1)></form>',
  // Also used for news and notices on org websites (site items):
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<p style="width: expression(alert(1))">x</p>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<details open ontoggle=alert(1)>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<a href="  jAvAsCrIpT:alert(1)">x</a>',
];

describe('rich text sanitizer', () => {
  it.each(PAYLOADS)('leaves nothing executable in %s', (payload) => {
    const out = sanitizeRichText(payload).toLowerCase();
    expect(out).not.toMatch(/<script|<svg|<iframe|<object|<embed|<form|<input|<img|<math|<style/);
    expect(out).not.toMatch(/\son\w+=/);
    expect(out).not.toMatch(/javascript:|data:text/);
    expect(out).not.toContain('style=');
  });

  it('keeps ordinary formatting and safe links', () => {
    const out = sanitizeRichText('<h2>通知</h2><p>请于<strong>12月1日</strong>前报送，<a href="https://example.cn/a">附件</a>。</p>');
    expect(out).toContain('<h2>通知</h2>');
    expect(out).toContain('<strong>12月1日</strong>');
    expect(out).toContain('href="https://example.cn/a"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
  });
});
