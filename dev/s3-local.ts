import { mkdirSync } from 'node:fs';
// s3rver ships no types; its surface used here is tiny.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import S3rver from 's3rver';
import { BIND_HOST, CONNECT_HOST } from './bind-host';
import type { LocalService } from './dynamodb-local';
import { guardMultipartCompletion } from './s3-part-check';

interface S3rverInstance {
  run(): Promise<unknown>;
  close(): Promise<void>;
  store: Parameters<typeof guardMultipartCompletion>[0];
}

const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * s3rver for S3, persistent under `directory`, with the media bucket and its CORS rule.
 * It verifies no signatures: the app's own checks must not rely on the store.
 */
export async function startS3Local(port: number, directory: string, bucket: string): Promise<LocalService> {
  mkdirSync(directory, { recursive: true });
  const Server = S3rver as unknown as new (options: Record<string, unknown>) => S3rverInstance;
  const server = new Server({
    port,
    address: BIND_HOST,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [CORS] }],
  });
  guardMultipartCompletion(server.store);
  await server.run();
  return { endpoint: `http://${CONNECT_HOST}:${port}`, stop: () => server.close() };
}
