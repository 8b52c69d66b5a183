import { AppError } from '../errors/app-error';

/**
 * Parses JSON the store wrote. Text that no longer parses was damaged on disk (SQLite's
 * json_valid check guarded every write): it becomes an error naming what is lost, so that one
 * damaged answer never fails a whole read with an unexplained error.
 */
export function parseStoredJson(text: string, what: () => string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(
      'damaged',
      `${what()} is damaged in the database and cannot be read; everything else can. To get ` +
        'it back, restore a backup (Backups… on the home screen): the current state is backed ' +
        'up first.',
    );
  }
}

/** Parses JSON the store wrote; undefined if it no longer parses, for rows with a fallback. */
export function parseStoredJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
