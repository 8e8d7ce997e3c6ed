import type { CataloguePiece } from '../catalogue-part';

/** The Chinese part files, each imported on demand as its own chunk (load-catalogue.ts imports this map only for a Chinese page). */
export const FILES = import.meta.glob<Record<string, CataloguePiece>>(['./*.ts', '!./index.ts', '!./files.ts']);
