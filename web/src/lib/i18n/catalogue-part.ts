/**
 * The shape of one capability's English file, derived from its Chinese file: exactly the same
 * UI message keys and code keys, each with a string (a key missing on either side fails to compile).
 */
export interface CataloguePart<Zh extends { messages: object; codes: object }> {
  messages: Record<keyof Zh['messages'], string>;
  codes: Record<keyof Zh['codes'], string>;
}

/** One part file's catalogue piece as loaded at run time (load-catalogue.ts). */
export interface CataloguePiece {
  messages: object;
  codes: object;
}
