import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The routes whose success response a test run parsed with the row's output schema: each
 * test process appends ids to its own file in the run's directory, the run reads them all.
 */
export function recordHappyPath(dir: string, id: string): void {
  appendFileSync(join(dir, `happy-${process.pid}.log`), `${id}\n`);
}

export function readHappyPaths(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith('happy-'))) {
    for (const id of readFileSync(join(dir, file), 'utf8').split('\n')) if (id) ids.add(id);
  }
  return ids;
}

/** Route ids (local-only developer routes aside) that never had a checked success response. */
export function missingHappyPaths(routes: readonly { id: string; localOnly?: boolean }[], checked: Set<string>): string[] {
  return routes.filter((r) => !r.localOnly && !checked.has(r.id)).map((r) => r.id);
}
