import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trellisOpenApi } from '@trellis/shared/http/openapi-document';
import type { OpenApiDocument } from '@trellis/shared/http/openapi';

const ROOT = resolve(import.meta.dirname, '..');

/** Where `npm run openapi` writes the document: `openapi.json` at the repository root (gitignored). */
export const OPENAPI_FILE = resolve(ROOT, 'openapi.json');

/** The document, versioned as the root package.json. */
export function openApiDocument(): OpenApiDocument {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  return trellisOpenApi({ version });
}

/** Writes the document (pretty-printed, newline-terminated) and returns it. */
export function writeOpenApi(file = OPENAPI_FILE): OpenApiDocument {
  const doc = openApiDocument();
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return doc;
}
