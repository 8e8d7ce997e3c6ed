/**
 * Wall-clock arithmetic for the seasons configuration. Application Auto Scaling reads an
 * `at(yyyy-mm-ddThh:mm:ss)` expression in the scheduled action's own time zone, so the
 * schedule is written as local wall-clock time; comparisons between seasons (overlaps) use
 * real instants, converted through Intl so any IANA zone works.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A local date-time with no zone: milliseconds as if the wall clock were UTC. */
export type WallClock = number;

/** `2027-04-01` -> its local midnight as a WallClock, or undefined if not a real calendar date. */
export function parseLocalDate(date: string): WallClock | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(year, month - 1, day);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return wall;
}

export const addHours = (wall: WallClock, hours: number): WallClock => wall + hours * HOUR_MS;
export const addDays = (wall: WallClock, days: number): WallClock => wall + days * DAY_MS;

/** The Application Auto Scaling one-time schedule for a local wall-clock moment. */
export function atExpression(wall: WallClock): string {
  return `at(${new Date(wall).toISOString().slice(0, 19)})`;
}

/** True when `timeZone` is an IANA zone this Node.js knows (e.g. `Asia/Shanghai`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC (ms) at a given instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The real instant (epoch ms) of a local wall-clock moment in `timeZone`. */
export function toInstant(wall: WallClock, timeZone: string): number {
  const first = wall - offsetAt(wall, timeZone);
  // A second pass settles the offset across a daylight-saving change (none in Asia/Shanghai).
  return wall - offsetAt(first, timeZone);
}
