import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig, type Plugin } from 'vite';

// The public origin of the built app (e.g. https://trellis.example.cn), for CSRF checks when the
// node server cannot derive it from the request; adapter-node 6 no longer reads ORIGIN at run time
// (behind a proxy, set PROTOCOL_HEADER/HOST_HEADER instead).
const origin = process.env.WEB_ORIGIN?.trim();

// Browsers send upload parts straight to object storage (presigned URLs from the API): S3 in AWS,
// the local s3rver (S3_ENDPOINT, set by the dev stack) in development, or UPLOAD_ORIGIN if the
// media bucket is reached through another host (e.g. a custom domain). Read when the app is built.
function originOf(url: string | undefined): `${string}://${string}.${string}`[] {
  try {
    return url?.trim() ? [new URL(url.trim()).origin as `${string}://${string}.${string}`] : [];
  } catch {
    return [];
  }
}
// The local stack's production build (`npm start`, the browser tests; dev/web-build.ts) talks to
// s3rver on whatever port the run chose, and goes to its own directory, never the deployed build/.
const localBuild = process.env.TRELLIS_LOCAL_BUILD === '1';
const localStorage = localBuild ? (['http://127.0.0.1:*'] as const) : [];
const storageOrigins = [
  ...originOf(process.env.UPLOAD_ORIGIN), ...originOf(process.env.S3_ENDPOINT), ...localStorage, 'https://*.amazonaws.com.cn', 'https://*.amazonaws.com',
] as const;

/**
 * The dev server (`npm start` today) decodes request paths itself before SvelteKit sees them and
 * answered a broken percent-escape (`/o/%E0%A4%A`) with a 500; this answers it with a plain 400
 * page first, as SvelteKit's own server does in production.
 */
const MALFORMED_URL_PAGE = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网址格式不正确</title>'
  + '<p>网址格式不正确，请检查后重试。</p><p lang="en">The address is malformed. Check it and try again.</p></html>';
const malformedUrls: Plugin = {
  name: 'trellis-malformed-urls',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      try {
        decodeURI(req.url ?? '/');
        decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      } catch {
        res.statusCode = 400;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(MALFORMED_URL_PAGE);
        return;
      }
      next();
    });
  },
};

// SvelteKit 3 takes its configuration here (svelte.config.js is no longer read).
export default defineConfig({
  plugins: [
    malformedUrls,
    sveltekit({
      adapter: adapter(localBuild ? { out: 'build-local' } : {}),
      ...(origin ? { paths: { origin } } : {}),
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'connect-src': ['self', ...storageOrigins],
          // The resource library plays videos from (and its 下载 form redirects to) short-lived storage URLs.
          'media-src': ['self', ...storageOrigins],
          // Captcha images are data: URLs; the upload dashboard's previews are blob: URLs;
          // component styles may be inlined. Covers, site logos and banners are short-lived storage URLs.
          'img-src': ['self', 'data:', 'blob:', ...storageOrigins],
          'style-src': ['self', 'unsafe-inline'],
          'form-action': ['self', ...storageOrigins],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  // Every browser-side dependency is bundled when the dev server starts: a page that first imports
  // one later would make Vite re-bundle and reload every open page, an upload in progress included.
  optimizeDeps: {
    include: ['@uppy/core', '@uppy/core/utils', '@uppy/dashboard', '@uppy/golden-retriever', '@uppy/locales/lib/zh_CN.js', 'zod'],
  },
  build: {
    // No JS preload lists for dynamic imports in the client: SvelteKit already writes modulepreload
    // links for a page's chunks into the server-rendered HTML, and the lists (every node's chunks,
    // in the entry) cost each page ~4.7 KB (README "Client JavaScript"). A client-side navigation
    // loads a page node's static imports as the browser finds them; CSS is still preloaded.
    modulePreload: false,
    rolldownOptions: {
      // zod schema definitions (`z.object(...)`, chained `.min()`...) have no side effects: pages that
      // import only constants or helpers from a shared/ module that also defines schemas do not
      // pull zod into the browser (bundle budget, README "Client JavaScript").
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  server: {
    // The shared/ workspace package lives outside web/.
    fs: { allow: ['..'] },
  },
});
