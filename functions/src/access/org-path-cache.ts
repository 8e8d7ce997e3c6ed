/**
 * Org paths never change (an org is never moved), so each container remembers the paths it
 * has read: a policy check on a known org then needs only the one BatchGet of its path, which
 * reads every org on it (the target included) fresh. Bounded; the oldest entries go first.
 */
const MAX_ENTRIES = 20_000;
const paths = new Map<string, string>();

export function knownOrgPath(id: string): string | undefined {
  return paths.get(id);
}

export function rememberOrgPaths(orgs: Iterable<{ id: string; path: string }>): void {
  for (const org of orgs) {
    if (paths.has(org.id)) continue;
    if (paths.size >= MAX_ENTRIES) paths.delete(paths.keys().next().value as string);
    paths.set(org.id, org.path);
  }
}
