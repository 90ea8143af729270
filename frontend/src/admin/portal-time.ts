// The schedule field is a <input type="datetime-local">: a wall-clock time with no zone.
// Newsrooms mean the portal's time (Asia/Ho_Chi_Minh) whatever the editor's laptop says,
// so the value is read and written in that zone and sent with its offset (+07:00).
import { PORTAL_TIME_ZONE } from '../format';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: PORTAL_TIME_ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PORTAL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The portal zone's offset at an instant in minutes (+420 for +07:00). */
function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * "2025-01-01T06:00" (portal wall clock) → "2025-01-01T06:00:00+07:00"; null when the
 * input is empty or not a real date and time.
 */
export function portalLocalToIso(value: string): string | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset is looked up at the instant the wall time names (first guess: the offset now).
  const offset = offsetMinutes(new Date(wall - offsetMinutes(new Date(wall)) * 60_000));
  const sign = offset < 0 ? '-' : '+';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An API timestamp → the datetime-local value showing it in portal time ("" for none). */
export function isoToPortalLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** An API timestamp → "09:12", the portal's wall clock ("" for none). */
export function isoToPortalClock(iso: string | null | undefined): string {
  return isoToPortalLocal(iso).slice(11);
}
