import { z } from 'zod';

/** Stable error codes: callers branch on these, never on message text. */
export const ErrorCode = z.enum([
  'validation',
  'not-found',
  'conflict',
  'unknown-command',
  'unauthorized',
  'forbidden',
  'too-large',
  'rate-limited',
  'unavailable',
  /** Something saved was damaged on disk and cannot be read; the message names what. */
  'damaged',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** An error as it crosses a boundary: a code to branch on and a sentence a user can read. */
export const ApiError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  /** Where in the input the problem is, e.g. "participants[2].name". */
  path: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The schema of a result carrying a value of the given schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ApiError }),
  ]);
}

/** Renders a zod issue path as a readable path: participants[2].accounts[0].name */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Turns a failed parse into one validation error naming the first problem's path. */
export function validationError(error: z.ZodError, prefix = ''): ApiError {
  const first = error.issues[0];
  const path = formatIssuePath([...(prefix ? [prefix] : []), ...(first?.path ?? [])]);
  const message = first ? first.message : 'The request is not valid';
  return path
    ? { code: 'validation', message: `${path}: ${message}`, path }
    : { code: 'validation', message };
}
