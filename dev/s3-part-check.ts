import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** s3rver's error type (CommonJS): its status table answers S3's codes as S3 does. */
const S3Error = createRequire(import.meta.url)('s3rver/lib/models/error.js') as new (code: string, message: string, detail?: Record<string, unknown>) => Error;

interface MultipartStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putObjectMultipart(bucket: string, uploadId: string, parts: { number: number; etag: string }[]): Promise<unknown>;
}

/**
 * Guards s3rver's multipart completion, which streams every named part file without checking it:
 * a part never stored made it throw ENOENT outside any request handler, which stopped the whole
 * local stack. Before assembling, each named part must exist with the ETag given, in ascending
 * order, as S3 itself requires: otherwise the request is refused like S3 refuses it (NoSuchUpload,
 * InvalidPartOrder, InvalidPart, all 4xx), which the app maps to its upload codes.
 */
export function guardMultipartCompletion(store: MultipartStore): void {
  const assemble = store.putObjectMultipart.bind(store);
  store.putObjectMultipart = async (bucket, uploadId, parts) => {
    const dir = join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
    if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
      throw new S3Error('NoSuchUpload', 'The specified upload does not exist.', { UploadId: uploadId });
    }
    let previous = 0;
    for (const part of parts) {
      if (!(part.number > previous)) throw new S3Error('InvalidPartOrder', 'The list of parts was not in ascending order.');
      previous = part.number;
      const md5 = await readFile(join(dir, `${part.number}.md5`), 'utf8').catch(() => null);
      if (md5 === null || md5.trim() !== part.etag) {
        throw new S3Error('InvalidPart', 'One or more of the specified parts could not be found.', { PartNumber: part.number });
      }
    }
    return assemble(bucket, uploadId, parts);
  };
}
