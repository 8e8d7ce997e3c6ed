import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the npm workspaces root that holds package-lock.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A Lambda entry under `functions/src/`, given without extension as in the route table. */
export const functionEntry = (entry: string): string => join(repoRoot, 'functions/src', `${entry}.ts`);

/** The adapter-node build of web/ and the committed stand-in used when web/ is not built. */
export const webBuildDir = join(repoRoot, 'web/build');
export const webPlaceholderDir = join(repoRoot, 'infra/web-placeholder');
