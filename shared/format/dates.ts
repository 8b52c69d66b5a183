/**
 * How dates and times are written everywhere — screens, presenter, PDFs, messages: British
 * English, as the course is. Calendar dates (a workshop's date) are read in UTC so they are the
 * same day in every time zone; moments (a backup, a scoring) in the reader's own zone.
 */
const LOCALE = 'en-GB';

const weekdayDate = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });
const clockTime = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });

function calendarDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

function formatted(format: Intl.DateTimeFormat, date: Date, fallback: string): string {
  return Number.isNaN(date.getTime()) ? fallback : format.format(date);
}

/** "Wed 25 Nov 2026" from "2026-11-25", the same in every time zone. */
export function formatDate(isoDate: string): string {
  return formatted(weekdayDate, calendarDate(isoDate), isoDate);
}

/** "25 November 2026" from "2026-11-25" (or a timestamp's UTC day). */
export function formatLongDate(iso: string): string {
  return formatted(longDate, calendarDate(iso), iso);
}

/** "25 Nov 2026": the day a moment fell on, where the reader is. */
export function formatShortDate(iso: string): string {
  return formatted(shortDate, new Date(iso), iso);
}

/** "25 November 2026 at 14:05": a moment, where the reader is. */
export function formatDateTime(iso: string): string {
  return formatted(dateTime, new Date(iso), iso);
}

/** "14:05": the time of day of a moment (epoch ms), where the reader is. */
export function formatClockTime(epochMs: number): string {
  return formatted(clockTime, new Date(epochMs), '');
}

const shortDateTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "25 Nov 2026, 09:14": when something was done, where the reader is. */
export function formatShortDateTime(iso: string): string {
  return formatted(shortDateTime, new Date(iso), iso);
}
