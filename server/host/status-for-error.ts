import type { ErrorCode } from '../../shared/api/errors';

/** The HTTP status that carries each api error code. */
export const statusForError: Record<ErrorCode, number> = {
  validation: 400,
  'not-found': 404,
  conflict: 409,
  'unknown-command': 404,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  'rate-limited': 429,
  unavailable: 503,
  damaged: 500,
  internal: 500,
};

/** The status of the rate limiter's error, which the host answers in the api's Result shape. */
export const RATE_LIMITED_STATUS = statusForError['rate-limited'];
