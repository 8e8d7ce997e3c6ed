/**
 * The ticked entries of one checkbox group ("<id> <name>" values), kept while the lists on
 * the page change (browsing deeper, paging, listing another org's people). Entries that
 * scroll out of view are shown again under "chosen elsewhere" so they are still submitted.
 */
export class Selection {
  #items = $state<Record<string, { name: string; on: boolean }>>({});

  constructor(values: readonly string[]) {
    for (const value of values) {
      const { id, name } = Selection.split(value);
      if (id) this.#items[id] = { name, on: true };
    }
  }

  static split(value: string): { id: string; name: string } {
    const space = value.indexOf(' ');
    return space < 0 ? { id: value, name: value } : { id: value.slice(0, space), name: value.slice(space + 1) };
  }

  static value(id: string, name: string): string {
    return `${id} ${name}`;
  }

  has(id: string): boolean {
    return this.#items[id]?.on ?? false;
  }

  set(id: string, name: string, on: boolean): void {
    this.#items[id] = { name, on };
  }

  /** Entries ticked at some point that are not among `listed` (the ones on screen). */
  elsewhere(listed: ReadonlySet<string>): { id: string; name: string; on: boolean }[] {
    return Object.entries(this.#items)
      .filter(([id]) => !listed.has(id))
      .map(([id, item]) => ({ id, name: item.name, on: item.on }));
  }
}
