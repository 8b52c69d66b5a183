import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { isLockedError } from '../store/database';
import { sqliteCodeOf } from '../errors/app-error';

/** Why a database that may be perfectly healthy cannot be used now. */
export type UnavailableReason = 'locked' | 'unreadable' | 'read-only' | 'cannot-open';

const UNCHANGED = 'The file has not been changed.';

function messageFor(file: string, reason: UnavailableReason, detail: string): string {
  const what = `Your workshop database (${file})`;
  switch (reason) {
    case 'locked':
      return (
        `${what} is locked by another program. Close any other copy of KAM Relationship ` +
        'Workshop, and any program that has this file open (a database viewer, a sync or ' +
        `backup tool), then start again. ${UNCHANGED}`
      );
    case 'unreadable':
      return (
        `${what} cannot be opened with this user account's permissions (${detail}). Start the ` +
        'app as the user who owns the file, or give your account permission to read and write ' +
        `it, then start again. ${UNCHANGED}`
      );
    case 'read-only':
      return (
        `${what} cannot be written: ${detail}. Make it writable, or copy the folder somewhere ` +
        `you can write to and open the copy, then start again. ${UNCHANGED}`
      );
    case 'cannot-open':
      return (
        `${what} could not be opened (${detail}). Check that the disk is working and that the ` +
        `file is a workshop database, then start again. ${UNCHANGED}`
      );
  }
}

/**
 * The database is there but cannot be used now: locked, not readable by this user, read-only
 * or unopenable. Unlike damage, none of these is a reason to move the file aside; it is left
 * exactly as it was.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnavailableReason,
    detail = '',
  ) {
    super(messageFor(file, reason, detail));
    this.name = 'DatabaseUnavailableError';
  }
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const PERMISSION_DENIED = new Set(['EACCES', 'EPERM']);

/** Whether `path` allows `mode`; the refusal's error code when not. */
function refusal(path: string, mode: number): string | null {
  try {
    accessSync(path, mode);
    return null;
  } catch (error) {
    return errnoOf(error) ?? 'EACCES';
  }
}

/**
 * Checks, before SQLite touches anything, that this user may read and write the database,
 * its journal companions and its folder (SQLite must create the journal files beside it).
 */
export function refuseInaccessible(file: string): void {
  const folder = dirname(file);
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(path)) continue;
    const code = refusal(path, constants.R_OK);
    if (code !== null) {
      throw new DatabaseUnavailableError(file, 'unreadable', `${path}: ${code}`);
    }
  }
  const folderCode = refusal(folder, constants.W_OK);
  if (folderCode !== null) {
    const why = folderCode === 'EROFS' ? 'on a read-only disk' : 'not writable by this user';
    throw new DatabaseUnavailableError(file, 'read-only', `its folder ${folder} is ${why}`);
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(path)) continue;
    const code = refusal(path, constants.W_OK);
    if (code !== null) {
      throw new DatabaseUnavailableError(file, 'read-only', `${path} is read-only (${code})`);
    }
  }
}

/** What an error from opening or reading a database that is not damaged means for the user. */
export function unavailableFrom(file: string, error: unknown): DatabaseUnavailableError {
  if (isLockedError(error)) return new DatabaseUnavailableError(file, 'locked');
  const detail = error instanceof Error ? error.message : String(error);
  if (sqliteCodeOf(error)?.startsWith('SQLITE_READONLY')) {
    return new DatabaseUnavailableError(file, 'read-only', detail);
  }
  if (PERMISSION_DENIED.has(errnoOf(error) ?? '')) {
    return new DatabaseUnavailableError(file, 'unreadable', detail);
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    return new DatabaseUnavailableError(file, 'cannot-open', 'it is a folder, not a file');
  }
  return new DatabaseUnavailableError(file, 'cannot-open', detail);
}
