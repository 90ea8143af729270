// Formatting for Vietnamese readers. Dates are shown in the portal's time zone whatever
// the reader's device says, because a portal's "08/02/2024 07:30" is a fact about the
// publication, not about the reader.

export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: PORTAL_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const numberFormat = new Intl.NumberFormat('vi-VN');

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function partsOf(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/**
 * "08/02/2024 07:30". Assembled from parts: vi-VN's own order is "07:30 08/02/2024",
 * and the portal shows the date first.
 */
export function formatDateTime(iso: string | null | undefined): string | null {
  const date = parseDate(iso);
  if (!date) return null;
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "08/02/2024", for lists where the time is noise. */
export function formatDate(iso: string | null | undefined): string | null {
  const date = parseDate(iso);
  if (!date) return null;
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 12418789 → "12.418.789" (vi-VN groups thousands with a dot). */
export function formatNumber(value: number | null | undefined): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? numberFormat.format(value) : null;
}

/** Whole hours, minutes and seconds of a running time; null when there is none to show. */
function splitDuration(seconds: number | null | undefined): { h: number; m: number; s: number } | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const total = Math.round(seconds);
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** 754 → "12:34", 3725 → "1:02:05"; nothing for a missing or zero duration. */
export function formatDuration(seconds: number | null | undefined): string | null {
  const d = splitDuration(seconds);
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.h > 0 ? `${d.h}:${pad(d.m)}:${pad(d.s)}` : `${d.m}:${pad(d.s)}`;
}

/** The same duration for machines: <time datetime="PT12M34S">. */
export function isoDuration(seconds: number | null | undefined): string | null {
  const d = splitDuration(seconds);
  return d ? `PT${d.h ? `${d.h}H` : ''}${d.m ? `${d.m}M` : ''}${d.s ? `${d.s}S` : ''}` : null;
}

/** "Thời lượng 12 phút 34 giây", what a screen reader should say instead of "12:34". */
export function spokenDuration(seconds: number | null | undefined): string | null {
  const d = splitDuration(seconds);
  if (!d) return null;
  const words = [d.h && `${d.h} giờ`, d.m && `${d.m} phút`, d.s && `${d.s} giây`].filter(Boolean);
  return `Thời lượng ${words.join(' ')}`;
}

/** Plain text with paragraphs separated by a blank line (interview answers) → paragraphs. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Cuts a summary for a meta description at a word boundary. */
export function truncate(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean || null;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
