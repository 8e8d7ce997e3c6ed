import { deserialize } from '$app/forms';
import type { FieldIssue } from '@trellis/shared/reporting/validate';

export type AutosaveOutcome =
  | { ok: true; version: number; at: string; issues: FieldIssue[] }
  | { ok: false; status: number; code: string; fields: Record<string, string[]> };

/**
 * Debounced draft saving of a form through its `?/save` action (the same action the 保存
 * button posts without JavaScript). One save at a time; a change during a save is saved after it.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** The version the last save produced (sent as `expectedVersion` by the next one). */
  version: number | null = null;

  constructor(
    private readonly form: () => HTMLFormElement | undefined,
    /** The version the page was rendered with (used until a save here produced a newer one). */
    private readonly pageVersion: () => number,
    private readonly onStart: () => void,
    private readonly onDone: (outcome: AutosaveOutcome) => void,
    private readonly delayMs = 1200,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now (after any save in flight); resolves when everything typed so far is saved. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.saveOnce();
      } while (this.again);
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Resolves when no save is in flight. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveOnce(): Promise<void> {
    const el = this.form();
    if (!el) return;
    this.onStart();
    const body = new FormData(el);
    body.set('expectedVersion', String(this.version ?? this.pageVersion()));
    try {
      const response = await fetch('?/save', { method: 'POST', body, headers: { 'x-sveltekit-action': 'true', accept: 'application/json' } });
      const result = deserialize(await response.text());
      if (result.type === 'success') {
        const saved = (result.data as { saved: { version: number; at: string; issues: FieldIssue[] } }).saved;
        this.version = saved.version;
        this.onDone({ ok: true, ...saved });
      } else if (result.type === 'failure') {
        const data = (result.data ?? {}) as { error?: string; fields?: Record<string, string[]> };
        this.onDone({ ok: false, status: result.status, code: data.error ?? 'error.generic', fields: data.fields ?? {} });
      } else {
        this.onDone({ ok: false, status: 500, code: 'error.generic', fields: {} });
      }
    } catch {
      this.onDone({ ok: false, status: 0, code: 'api.unavailable', fields: {} });
    }
  }
}
