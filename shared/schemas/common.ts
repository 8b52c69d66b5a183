import { z } from 'zod';

/**
 * Names every plain object already has (`__proto__`, `constructor`, `toString`…). As ids they
 * would read an object's own machinery wherever ids key a plain object, so none is an id.
 */
const ID_CHARACTERS = /^[A-Za-z0-9_-]+$/;
const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).filter((name) =>
  ID_CHARACTERS.test(name),
);
// A pattern, not a refinement, so that the workshop file's JSON Schema says it too.
const notAnObjectPrototypeName = new RegExp(`^(?!(?:${objectPrototypeNames.join('|')})$)`);

/** An entity id: opaque, short, printable, and never a name every plain object has. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(ID_CHARACTERS, 'Use letters, digits, - or _')
  .regex(notAnObjectPrototypeName, 'This id is reserved: it names part of every JavaScript object');

/**
 * Something a reader can see: a letter, digit, punctuation mark or symbol. Spaces, zero-width
 * and other format characters, and control characters (NUL…) alone make no name.
 */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** A name typed by a user: trimmed, not empty, one line, with something visible in it. */
export const Name = z
  .string()
  .trim()
  .min(1, 'Please enter a name')
  .max(120, 'Keep it under 120 characters')
  .regex(VISIBLE, 'Please enter a name')
  .regex(/^[^\r\n]*$/, 'Use a single line')
  .regex(/^\P{Cc}*$/u, 'Remove the control characters (such as tabs) from the name');

/** A calendar date as YYYY-MM-DD that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-25')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'This date does not exist');

/** A moment as an ISO 8601 UTC timestamp. */
export const Timestamp = z.iso.datetime();

/** The latest moment a JavaScript Date can hold; a later number is no moment at all. */
export const MAX_EPOCH_MS = 8_640_000_000_000_000;

/** A moment as milliseconds since 1970, one a clock can show. */
export const EpochMs = z.int().min(0).max(MAX_EPOCH_MS);
