/**
 * The upload benchmark's store: s3rver alone in its own Node process, so the bytes it
 * receives do not count against the gateway's memory. Started by bench/upload.bench.ts;
 * prints one JSON line `{"ready": true, "pid", "endpoint"}` and runs until its stdin closes
 * or it gets SIGTERM.
 *
 * Env: BENCH_S3_PORT (required), BENCH_S3_DIR (required).
 */
import { startS3Local } from '../dev/s3-local';
import { onShutdown, requiredEnv } from './upload-service';

const port = Number(requiredEnv('BENCH_S3_PORT'));
const s3 = await startS3Local(port, requiredEnv('BENCH_S3_DIR'), 'trellis-media');
onShutdown(() => s3.stop());
console.log(JSON.stringify({ ready: true, pid: process.pid, endpoint: s3.endpoint }));
