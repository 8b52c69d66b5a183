import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toApiError } from '../../../server/errors/app-error';
import { formatIssuePath, validationError } from '../../../shared/api/errors';

function sqliteError(code: string): Error {
  return Object.assign(new Error(`raw sqlite detail ${code}`), { name: 'SqliteError', code });
}

describe('error paths', () => {
  it('renders array indexes in brackets and keys with dots', () => {
    expect(formatIssuePath(['participants', 2, 'accounts', 0, 'name'])).toBe(
      'participants[2].accounts[0].name',
    );
  });

  it('names the first invalid field of a failed parse', () => {
    const parsed = z
      .strictObject({ people: z.array(z.strictObject({ name: z.string() })) })
      .safeParse({
        people: [{ name: 'a' }, { name: 3 }],
      });
    const error = validationError(parsed.error!);
    expect(error).toMatchObject({ code: 'validation', path: 'people[1].name' });
    expect(error.message).toMatch(/^people\[1\]\.name: /);
  });
});

describe('mapping thrown errors to api errors', () => {
  it('passes a deliberate error through with its code, message and path', () => {
    expect(toApiError(new AppError('not-found', 'Gone.', 'id'))).toEqual({
      code: 'not-found',
      message: 'Gone.',
      path: 'id',
    });
  });

  it('reports a broken foreign key as something that no longer exists', () => {
    expect(toApiError(sqliteError('SQLITE_CONSTRAINT_FOREIGNKEY')).code).toBe('not-found');
  });

  it('reports other constraint failures as conflicts', () => {
    expect(toApiError(sqliteError('SQLITE_CONSTRAINT_PRIMARYKEY')).code).toBe('conflict');
  });

  it('reports a busy or full database as unavailable, in plain words', () => {
    expect(toApiError(sqliteError('SQLITE_BUSY'))).toMatchObject({ code: 'unavailable' });
    expect(toApiError(sqliteError('SQLITE_FULL')).message).toMatch(/disk is full/);
  });

  it('hides the details of unexpected errors from the user', () => {
    const error = toApiError(new TypeError('secret stack detail'));
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('secret');
  });
});
