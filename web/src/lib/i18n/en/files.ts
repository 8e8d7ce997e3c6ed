import type { CataloguePiece } from '../catalogue-part';

/** The English part files, each imported on demand as its own chunk (load-catalogue.ts imports this map only for a English page). */
export const FILES = import.meta.glob<Record<string, CataloguePiece>>(['./*.ts', '!./index.ts', '!./files.ts']);
