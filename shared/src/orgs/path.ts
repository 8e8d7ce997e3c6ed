/**
 * Materialized paths: `/n1/p3/s42/`. Every segment ends with the delimiter so that
 * `/acme/` never matches `/acme-corp/` with a prefix test.
 */
export const PATH_DELIMITER = '/';

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? PATH_DELIMITER}${id}${PATH_DELIMITER}`;
}

/** Ids on the path from the root down to and including the org itself. */
export function pathIds(path: string): string[] {
  return path.split(PATH_DELIMITER).filter((s) => s.length > 0);
}

/** True iff `ancestorPath` is the path of the same org or of an ancestor. */
export function isSelfOrAncestorPath(ancestorPath: string, path: string): boolean {
  return ancestorPath.endsWith(PATH_DELIMITER) && path.startsWith(ancestorPath);
}

export function depthOf(path: string): number {
  return pathIds(path).length;
}
