import type { Result } from '../../../shared/api/errors';

/** The value of a successful result; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a failed result; fails the test if it succeeded. */
export function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
