/**
 * Serves the local production build (dev/web-build.ts) with adapter-node's own handler, over
 * plain http on 127.0.0.1: `node dev/web-serve.ts <build dir>` with PORT, HOST and the app's env.
 * adapter-node takes every request as https unless a protocol header says otherwise, which would
 * fail the origin check of every same-origin form post; this server is plain http, so it tells
 * the handler so itself (a header it sets on every request, overwriting any a client sent).
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROTO_HEADER = 'x-trellis-local-proto';
process.env.PROTOCOL_HEADER = PROTO_HEADER;
// Forms post site images (4 MB) and rosters (2 MB); the web Lambda's own cap is 6 MB.
process.env.BODY_SIZE_LIMIT ??= '6M';

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void;
const dir = process.argv[2] ?? '';
const { handler } = (await import(pathToFileURL(join(dir, 'handler.js')).href)) as { handler: Handler };

const server = createServer((req, res) => {
  req.headers[PROTO_HEADER] = 'http';
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
