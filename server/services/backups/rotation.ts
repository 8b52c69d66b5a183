/**
 * Which backups the rotation keeps: the newest backup of each of the last 7 days (today
 * included), plus the newest of each of the 4 most recent calendar weeks (Monday to Sunday)
 * before those days. Weeks are fixed, not counted back from today, so the backup a week
 * keeps stays kept as the days go by. Days are the computer's local calendar days. Only
 * automatic backups rotate: backups the user made ("Back up now") and safety copies taken
 * before a restore or a migration are never pruned.
 */

/** Days kept one by one, then weeks kept one by one. */
export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfLocalDay(at: Date): number {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();
}

/** Whole local calendar days from `then` to `now` (rounded: a DST day is 23 or 25 hours). */
export function daysBetween(then: Date, now: Date): number {
  return Math.round((startOfLocalDay(now) - startOfLocalDay(then)) / DAY_MS);
}

/** The Monday that starts the calendar week of `at`, as YYYY-MM-DD (sorts by time). */
export function weekOf(at: Date): string {
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate() - ((at.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

interface Dated {
  name: string;
  createdAt: string;
}

function keepNewest(slots: Map<string, Dated>, slot: string, backup: Dated): void {
  const held = slots.get(slot);
  if (!held || held.createdAt < backup.createdAt) slots.set(slot, backup);
}

/** The names of the backups to keep; every other one given may be deleted. */
export function backupsToKeep(backups: readonly Dated[], now: Date): Set<string> {
  const days = new Map<string, Dated>();
  const weeks = new Map<string, Dated>();
  const keep = new Set<string>();
  for (const backup of backups) {
    const at = new Date(backup.createdAt);
    const daysAgo = daysBetween(at, now);
    // A backup dated in the future (the clock was changed) is kept: we cannot place it.
    if (daysAgo < 0) keep.add(backup.name);
    else if (daysAgo < DAILY_KEPT) keepNewest(days, String(daysAgo), backup);
    else keepNewest(weeks, weekOf(at), backup);
  }
  for (const backup of days.values()) keep.add(backup.name);
  const recentWeeks = [...weeks.keys()].sort().reverse().slice(0, WEEKLY_KEPT);
  for (const week of recentWeeks) keep.add(weeks.get(week)!.name);
  return keep;
}
