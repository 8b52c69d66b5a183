import type { ApiError, ErrorCode } from '../../shared/api/errors';

/** An error a handler raises on purpose: its code and message reach the user as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError(
    'not-found',
    `${what} no longer exists. It may have been deleted in another window.`,
  );
}

/** The result code of an error better-sqlite3 raised, e.g. SQLITE_BUSY; null for any other. */
export function sqliteCodeOf(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Maps anything a handler threw to the error a user sees; unexpected ones stay vague. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path ? { path: error.path } : {}),
    };
  }
  const sqliteCode = sqliteCodeOf(error);
  if (sqliteCode !== null) {
    if (sqliteCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return { code: 'not-found', message: 'Something this change refers to no longer exists.' };
    }
    if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', message: 'This change conflicts with what is already saved.' };
    }
    if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
      return { code: 'unavailable', message: 'The database is busy. Please try again.' };
    }
    if (sqliteCode === 'SQLITE_FULL' || sqliteCode.startsWith('SQLITE_IOERR')) {
      return {
        code: 'unavailable',
        message: 'Your change could not be saved: the disk is full or cannot be written.',
      };
    }
  }
  return {
    code: 'internal',
    message: 'Something went wrong and this change was not saved. Please try again.',
  };
}
