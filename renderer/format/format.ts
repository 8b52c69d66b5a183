import type { WorkshopMode } from '../../shared/schemas/workshop';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Wed 25 Nov 2026" from "2026-11-25", the same in every time zone. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** Today in the user's time zone as YYYY-MM-DD, the default date of a new workshop. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The words a user sees for a workshop's mode. */
export const modeLabels: Record<WorkshopMode, string> = {
  facilitated: 'Facilitated',
  'self-study': 'Self-study',
};

/** "1 participant", "3 participants". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A duration in whole minutes, as the course states timings: "10 minutes". */
export function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return plural(minutes, 'minute');
}
