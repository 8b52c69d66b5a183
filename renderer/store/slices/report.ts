import type { Result } from '../../../shared/api/errors';
import type { NoticeActions } from './notice-slice';

/** Announces how an action ended and hands its result back to the caller. */
export function report<T>(
  get: () => NoticeActions,
  result: Result<T>,
  success: string | ((value: T) => string),
): Result<T> {
  if (result.ok) get().announce(typeof success === 'string' ? success : success(result.value));
  else get().announce(result.error.message, 'error');
  return result;
}
