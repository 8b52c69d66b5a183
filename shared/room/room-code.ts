/**
 * The room code learners type (or scan) to join: short enough to read off a projector,
 * drawn from letters and digits that cannot be mistaken for one another.
 */
import { z } from 'zod';

/** No 0/O, 1/I/L, 2/Z, 5/S or 8/B: characters people misread on a projector or a phone. */
export const ROOM_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';

/** Characters in a room code: 25⁶ ≈ 244 million codes, guessed only a few times a minute. */
export const ROOM_CODE_LENGTH = 6;

/** A code as typed: case, spaces and dashes do not matter. */
export function normaliseRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** A code as shown: two groups of three, easier to read out. */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

const codePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** A room code arriving from a learner's device: normalised, then checked against the alphabet. */
export const RoomCode = z
  .string()
  .max(40)
  .transform(normaliseRoomCode)
  .pipe(z.string().regex(codePattern, 'That is not a room code'));
