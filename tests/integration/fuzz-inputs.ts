// Hostile inputs for the api, written as JSON text: text is what arrives over HTTP, and
// building it by hand keeps "__proto__" an own key and lets nesting go deeper than
// JSON.stringify could (it overflows the stack at about 10,000 levels).
import fc from 'fast-check';
import { commands, type CommandName } from '../../shared/api/contract';
import { answerSchemaOf } from '../../shared/exercises/answers';
import type { ExerciseLetter } from '../../shared/exercises/letters';

type Path = ReadonlyArray<string | number>;

/** A string over every per-field limit of the contract (the longest is 4,000 characters). */
export const HUGE_STRING_LENGTH = 1024 * 1024;

/** Nesting depths tried in the random runs. */
export const DEEP_LEVELS = [10_000, 50_000] as const;

const pollutingKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Arrays nested `levels` deep. */
export function deepArrayText(levels: number): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

/** Objects nested `levels` deep, each with one key. */
export function deepObjectText(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

const hugeStrings = [
  JSON.stringify('x'.repeat(HUGE_STRING_LENGTH)),
  JSON.stringify('"\\\u0000é😀<script>'.repeat(HUGE_STRING_LENGTH / 16)),
];

const keyText = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...pollutingKeys, 'toString', 'hasOwnProperty', 'id', 'name', 'payload'),
  )
  .map((key) => JSON.stringify(key));

const scalarText = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.constantFrom('true', 'false', 'null', '""', '"__proto__"', '-0', '1e308'),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
);

/** Random JSON trees of any shape, whose object keys include the prototype-polluting ones. */
const treeText = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.array(tie('tree'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(keyText, tie('tree')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${k}:${v}`).join(',')}}`),
  ),
})).tree;

const pollutionText = fc
  .tuple(fc.constantFrom(...pollutingKeys), fc.constantFrom('{"polluted":true}', '[1]', '"x"'))
  .map(([key, value]) =>
    key === 'constructor'
      ? `{"constructor":{"prototype":${value}}}`
      : `{${JSON.stringify(key)}:${value}}`,
  );

/** Values no field of the contract takes: random trees, huge strings, deep nesting, polluting objects. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: treeText },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...DEEP_LEVELS), fc.boolean())
      .map(([levels, arrays]) => (arrays ? deepArrayText(levels) : deepObjectText(levels))),
  },
  { weight: 2, arbitrary: pollutionText },
);

/** Every path inside a small JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [prefix, ...children];
}

/** `value` as JSON text with the value at `path` replaced by `replacement`, and optionally an extra entry. */
function textWith(value: unknown, path: Path, replacement: string, extraKey?: string): string {
  if (path.length === 0 && extraKey === undefined) return replacement;
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (path[0] === i ? textWith(item, path.slice(1), replacement, extraKey) : JSON.stringify(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, child]) =>
        `${JSON.stringify(key)}:${path[0] === key ? textWith(child, path.slice(1), replacement, extraKey) : JSON.stringify(child)}`,
    );
    if (path.length === 0 && extraKey !== undefined)
      entries.push(`${JSON.stringify(extraKey)}:${replacement}`);
    return `{${entries.join(',')}}`;
  }
  return extraKey === undefined ? replacement : JSON.stringify(value);
}

/**
 * Inputs for one command: a hostile value as the whole input, in place of one field of a
 * valid input, or added to one of its objects as an extra key.
 */
export function hostileInputs(valid: unknown): fc.Arbitrary<string> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((path) => {
    const at = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], valid);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
  const replaced = fc
    .tuple(fc.constantFrom(...paths), hostileText)
    .map(([path, text]) => textWith(valid, path, text));
  if (objectPaths.length === 0) return fc.oneof(hostileText, replaced);
  const added = fc
    .tuple(fc.constantFrom(...objectPaths), keyText, hostileText)
    .map(([path, key, text]) => textWith(valid, path, text, JSON.parse(key) as string));
  return fc.oneof(hostileText, replaced, added);
}

/**
 * Whether the contract refuses an input outright. Random changes can land on a valid
 * input (a number where a number goes); those are not hostile, and are not sent.
 */
export function contractRefuses(name: CommandName, input: unknown): boolean {
  const parsed = commands[name].input.safeParse(input);
  if (!parsed.success) return true;
  // answers:save takes any payload in the contract; the exercise's schema judges it.
  if (name !== 'answers:save') return false;
  const { exercise, payload } = parsed.data as { exercise: ExerciseLetter; payload?: unknown };
  return !answerSchemaOf(exercise).safeParse(payload).success;
}
