import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { createCompleteWorkshop } from '../unit/workshop-file/support/complete-workshop';
import { valueOf } from './helpers/expect-result';
import { openTestApi, snapshot } from './helpers/temp-store';

const RUNS = 300;
const SEED = 20261125;

/** A complete workshop (every exercise, a contact map, dated scorings) as its exported text. */
function exportedFile(): string {
  const source = openTestApi();
  const id = createCompleteWorkshop(source.api);
  return JSON.stringify(
    valueOf(callCommand(source.api, 'workshop-file:export', { workshopId: id })),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON document, as lists of keys and indexes. */
function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.flatMap((child, i) => pathsOf(child, [...prefix, i]))
    : Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]));
  return [prefix, ...children];
}

type Edit = 'delete' | 'replace' | 'pollute';

/** Applies one structural edit at a path of a parsed copy of the file. */
function edited(text: string, pathIndex: number, edit: Edit, replacement: Json): string {
  const doc = JSON.parse(text) as Json;
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  const path = paths[pathIndex % paths.length]!;
  let parent = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (edit === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (edit === 'replace') parent[last] = replacement;
  else
    parent[last] = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ) as Json;
  return JSON.stringify(doc);
}

const mutation = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length - 1 }).map((n) => ({ kind: 'truncated', text: text.slice(0, n) })),
    fc
      .tuple(
        fc.nat({ max: text.length - 1 }),
        fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '0', 'x', '\\'),
      )
      .map(([at, ch]) => ({ kind: 'flipped', text: text.slice(0, at) + ch + text.slice(at + 1) })),
    fc
      .tuple(fc.nat(), fc.constantFrom<Edit>('delete', 'replace', 'pollute'), fc.jsonValue())
      .map(([at, edit, value]) => ({ kind: edit, text: edited(text, at, edit, value as Json) })),
  );

describe('importing damaged or hostile workshop files', () => {
  it(`refuses every mutated file it cannot import whole, naming what is wrong and writing nothing (${RUNS} files)`, () => {
    const original = exportedFile();
    const target = openTestApi();
    const tally = { refused: 0, imported: 0, asked: 0 };
    fc.assert(
      fc.property(mutation(original), ({ text }) => {
        const before = snapshot(target.db);
        const result = target.api.call('workshop-file:import', { text, onConflict: 'ask' });
        if (!result.ok) {
          tally.refused++;
          expect(['validation', 'too-large']).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
          if (result.error.path)
            expect(result.error.message.startsWith(`${result.error.path}: `)).toBe(true);
          expect(snapshot(target.db)).toBe(before);
          return;
        }
        const outcome = result.value as { status: 'imported' | 'exists' };
        if (outcome.status === 'exists') {
          tally.asked++;
          expect(snapshot(target.db)).toBe(before);
        } else tally.imported++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(tally.refused).toBeGreaterThan(RUNS / 2);
    console.log(
      `import fuzzing: ${RUNS} mutated files — ${tally.refused} refused with nothing written, ` +
        `${tally.asked} recognised as an existing workshop, ${tally.imported} still valid and imported`,
    );
  });

  it('refuses a file over 20 MB before reading it, and writes nothing', () => {
    const target = openTestApi();
    const before = snapshot(target.db);
    const padded = exportedFile().replace(
      '"format"',
      `"padding":"${'x'.repeat(20 * 1024 * 1024)}","format"`,
    );
    const result = target.api.call('workshop-file:import', { text: padded, onConflict: 'ask' });
    expect(result.ok ? 'imported' : result.error.code).toBe('too-large');
    expect(snapshot(target.db)).toBe(before);
  });
});
