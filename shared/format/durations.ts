import { plural } from './plural';

/** A duration in whole minutes, as the course states timings: "10 minutes". */
export function formatMinutes(ms: number): string {
  return plural(Math.round(ms / 60_000), 'minute');
}

/** A duration as the room reads it: "10 min", "7 min 30 s", "45 s". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
