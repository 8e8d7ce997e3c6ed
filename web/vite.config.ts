import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';

// The public origin of the built app (e.g. https://trellis.example.cn), for CSRF checks when the
// node server cannot derive it from the request; adapter-node 6 no longer reads ORIGIN at run time
// (behind a proxy, set PROTOCOL_HEADER/HOST_HEADER instead).
const origin = process.env.WEB_ORIGIN?.trim();

// SvelteKit 3 takes its configuration here (svelte.config.js is no longer read).
export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      ...(origin ? { paths: { origin } } : {}),
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          // Captcha images are data: URLs; component styles may be inlined.
          'img-src': ['self', 'data:'],
          'style-src': ['self', 'unsafe-inline'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  server: {
    // The shared/ workspace package lives outside web/.
    fs: { allow: ['..'] },
  },
});
