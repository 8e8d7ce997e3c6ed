// Stand-in for web/build/server/server.js (SvelteKit adapter-node output), used by
// infra/bin/app.ts when `npm run build -w web` has not been run, so `cdk synth` works
// from a fresh clone. Deployed as is, every page explains what to do.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Trellis</title></head>
<body><h1>Trellis web app not built</h1>
<p>This deployment was synthesized without <code>web/build</code>. Run
<code>npm run build -w web</code>, then <code>npx cdk deploy</code> again.</p></body></html>`;

export const server = {
  async init() {},
  async respond() {
    return new Response(page, {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  },
};
