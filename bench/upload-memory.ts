import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Resident memory of other processes, from /proc/<pid>/status: VmRSS sampled every
 * `intervalMs`, plus the kernel's own high-water mark VmHWM, which is reset at the start of
 * each window (`echo 5 > /proc/<pid>/clear_refs`) so a spike between two samples still
 * counts. Also the bytes each process read and wrote in the window (rchar/wchar from
 * /proc/<pid>/io: files and sockets alike). Linux only. Sizes in MiB.
 */

export interface MemoryPeak {
  /** VmRSS when the window began. */
  startMB: number;
  /** The highest sampled VmRSS in the window. */
  sampledPeakMB: number;
  /** VmHWM at the end of the window (since its reset), or null where it could not be reset. */
  hwmMB: number | null;
  /** max(sampled peak, VmHWM): the figure reported. */
  peakMB: number;
  endMB: number;
  samples: number;
  /** Bytes the process read / wrote through system calls in the window (sockets included), MiB. */
  readMB: number | null;
  writtenMB: number | null;
}

interface Status {
  rssKiB: number;
  hwmKiB: number;
}

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

function readStatus(pid: number): Status | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
  } catch {
    return null;
  }
}

function readIo(pid: number): { rchar: number; wchar: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/io`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? NaN);
    return { rchar: field('rchar'), wchar: field('wchar') };
  } catch {
    return null;
  }
}

/** Resets the process's VmHWM to its current RSS; false where the kernel refuses. */
function resetHighWaterMark(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

interface OpenWindow {
  start: Map<string, number>;
  peak: Map<string, number>;
  samples: number;
  hwmReset: Map<string, boolean>;
  io: Map<string, { rchar: number; wchar: number } | null>;
}

export class MemorySampler {
  private readonly windows = new Set<OpenWindow>();
  private readonly timer: NodeJS.Timeout;
  /** Highest sampled VmRSS over the sampler's whole life, per process. */
  readonly overallPeakKiB = new Map<string, number>();

  constructor(private readonly pids: Record<string, number>, readonly intervalMs = 100) {
    for (const name of Object.keys(pids)) if (!readStatus(pids[name] ?? -1)) throw new Error(`no /proc status for ${name} (pid ${pids[name]})`);
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      const status = readStatus(pid);
      if (!status) continue;
      this.overallPeakKiB.set(name, Math.max(this.overallPeakKiB.get(name) ?? 0, status.rssKiB));
      for (const w of this.windows) w.peak.set(name, Math.max(w.peak.get(name) ?? 0, status.rssKiB));
    }
    for (const w of this.windows) w.samples++;
  }

  current(name: string): number {
    const status = readStatus(this.pids[name] ?? -1);
    return status ? mib(status.rssKiB) : NaN;
  }

  /** Opens a window; windows must not overlap (each resets the high-water marks). */
  begin(): OpenWindow {
    const w: OpenWindow = { start: new Map(), peak: new Map(), samples: 0, hwmReset: new Map(), io: new Map() };
    for (const [name, pid] of Object.entries(this.pids)) {
      w.io.set(name, readIo(pid));
      w.hwmReset.set(name, resetHighWaterMark(pid));
      const rss = readStatus(pid)?.rssKiB ?? 0;
      w.start.set(name, rss);
      w.peak.set(name, rss);
    }
    this.windows.add(w);
    return w;
  }

  end(w: OpenWindow): Record<string, MemoryPeak> {
    this.sample();
    this.windows.delete(w);
    return Object.fromEntries(
      Object.entries(this.pids).map(([name, pid]) => {
        const status = readStatus(pid);
        const sampled = w.peak.get(name) ?? 0;
        const hwm = w.hwmReset.get(name) && status ? status.hwmKiB : null;
        const ioStart = w.io.get(name);
        const ioEnd = readIo(pid);
        const ioMB = (key: 'rchar' | 'wchar') => (ioStart && ioEnd ? Math.round(((ioEnd[key] - ioStart[key]) / 2 ** 20) * 100) / 100 : null);
        const peak: MemoryPeak = {
          startMB: mib(w.start.get(name) ?? 0),
          sampledPeakMB: mib(sampled),
          hwmMB: hwm === null ? null : mib(hwm),
          peakMB: mib(Math.max(sampled, hwm ?? 0)),
          endMB: mib(status?.rssKiB ?? 0),
          samples: w.samples,
          readMB: ioMB('rchar'),
          writtenMB: ioMB('wchar'),
        };
        return [name, peak];
      }),
    );
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
