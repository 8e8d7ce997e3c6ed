/**
 * Browser-only clean-up for the notice editor: keeps the formatting the API's sanitizer keeps
 * (paragraphs, emphasis, lists, headings, quotes, http(s)/mailto links) and drops everything
 * else. Parsing happens in an inert document (DOMParser), so nothing in the input runs; the
 * API sanitizes again on save. Editor <div> lines become paragraphs.
 */
const KEEP = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A']);
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'TITLE', 'NOSCRIPT', 'META', 'LINK']);
const SAFE_HREF = /^(https?:|mailto:)/i;

function copyChildren(from: Node, to: Element): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (DROP.has(tag)) continue;
    if (tag === 'DIV') {
      const p = document.createElement('p');
      copyChildren(element, p);
      if (p.childNodes.length > 0) to.append(p);
      continue;
    }
    if (!KEEP.has(tag)) {
      copyChildren(element, to);
      continue;
    }
    const clean = document.createElement(tag.toLowerCase());
    if (tag === 'A') {
      const href = (element.getAttribute('href') ?? '').trim();
      if (SAFE_HREF.test(href)) clean.setAttribute('href', href);
    }
    copyChildren(element, clean);
    to.append(clean);
  }
}

export function cleanHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const out = document.createElement('div');
  copyChildren(parsed.body, out);
  return out.innerHTML;
}
