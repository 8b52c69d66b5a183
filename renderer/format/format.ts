import type { WorkshopMode } from '../../shared/schemas/workshop';

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
