import { relative } from 'node:path';
import { OPENAPI_FILE, writeOpenApi } from './openapi-file';

/** `npm run openapi [file]`: writes openapi.json (OpenAPI 3.1) from the route table. */
const file = process.argv[2] ?? OPENAPI_FILE;
const doc = writeOpenApi(file);
const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
console.log(`Wrote ${relative(process.cwd(), file) || file}: OpenAPI ${doc.openapi}, ${operations} operations, ${Object.keys(doc.paths).length} paths.`);
