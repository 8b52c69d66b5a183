import { existsSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A mark beside the database that it holds work in no backup: the app quit without waiting
 * for the backup a close makes (a logout or restart must not wait), so the next start makes it.
 */
const markOf = (databaseFile: string) => `${databaseFile}.unbacked`;

/** Leaves the mark; a failure to write it is said, and the quit goes on. */
export function markUnbackedWork(databaseFile: string): void {
  try {
    writeFileSync(markOf(databaseFile), '');
  } catch (error) {
    console.warn('Could not note that the last work is in no backup yet', error);
  }
}

/** Whether the mark was there; it is taken away, as the start that read it backs the work up. */
export function takeUnbackedMark(databaseFile: string): boolean {
  const mark = markOf(databaseFile);
  if (!existsSync(mark)) return false;
  rmSync(mark, { force: true });
  return true;
}
