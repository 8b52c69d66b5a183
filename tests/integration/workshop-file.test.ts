import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callCommand, type Api } from '../../server/api/create-api';
import type { WorkshopFile } from '../../shared/workshop-file/schema';
import {
  createCompleteWorkshop,
  examplePlan,
} from '../unit/workshop-file/support/complete-workshop';
import { sampleFile, sampleMap } from '../unit/workshop-file/support/sample-file';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot } from './helpers/temp-store';

/** A version-1 workshop file, exported by the app before the file format's version 2. */
const VERSION_1_FIXTURE = new URL(
  '../fixtures/workshop-files/version-1.kamworkshop.json',
  import.meta.url,
);

function exportOf(api: Api, workshopId: string): WorkshopFile {
  return valueOf(callCommand(api, 'workshop-file:export', { workshopId }));
}

/** The content of a file with every entity id, and the moments of export and creation, left out. */
function contentOf(file: WorkshopFile) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...workshop } = file.workshop;
  return {
    workshop,
    facilitation: file.facilitation,
    settings: file.settings,
    participants: file.participants.map(({ id: _p, ...participant }) => ({
      ...participant,
      accounts: participant.accounts.map(({ id: _a, ...account }) => ({
        ...account,
        scorings: account.scorings.map(({ id: _s, ...scoring }) => scoring),
      })),
    })),
  };
}

function entityIds(file: WorkshopFile): string[] {
  return [
    file.workshop.id,
    ...file.participants.flatMap((p) => [
      p.id,
      ...p.accounts.flatMap((a) => [a.id, ...a.scorings.map((s) => s.id)]),
    ]),
  ];
}

function withCompleteWorkshop() {
  let clock = Date.parse('2026-03-01T09:00:00Z');
  const t = openTestApi(undefined, { now: () => new Date((clock += 60_000)) });
  const id = createCompleteWorkshop(t.api);
  return { ...t, id, original: exportOf(t.api, id) };
}

describe('workshop file round trip', () => {
  it('exports every part of a workshop: answers, map, two dated scorings, facilitation', () => {
    const { original } = withCompleteWorkshop();
    const alice = original.participants[0]!;
    expect(Object.keys(alice.answers).sort()).toEqual(['A', 'B', 'E', 'F']);
    const account = alice.accounts[0]!;
    expect(Object.keys(account.answers).sort()).toEqual(['C', 'D', 'G']);
    expect(account.answers.G?.people).toHaveLength(4);
    expect(account.scorings.map((s) => [s.total, s.stage, s.view])).toEqual([
      [6, 'basic', undefined],
      [16, 'integrated', undefined],
      [9, 'co-operative', 'customer-believed'],
    ]);
    expect(new Set(account.scorings.map((s) => s.scoredAt)).size).toBe(3);
    expect(original.facilitation).toMatchObject({ stepIndex: 3, hideNames: true });
  });

  it('carries the relationship plan: every part, the customer’s view and the maps kept with our scorings', () => {
    const { original } = withCompleteWorkshop();
    const alice = original.participants[0]!;
    const account = alice.accounts[0]!;
    expect(account.plan).toEqual(examplePlan);
    expect(alice.plan).toEqual({ practices: { ratings: { s1: 'in-place', o3: 'not-yet' } } });
    expect(original.participants[1]!.plan).toBeUndefined();
    expect(original.participants[1]!.accounts[0]!.plan).toBeUndefined();
    // Our own scorings keep the map as it was; the customer's view keeps none.
    expect(account.scorings.map((s) => s.map?.people.length)).toEqual([4, 4, undefined]);

    const t = openTestApi();
    valueOf(callCommand(t.api, 'workshop-file:import', { text: JSON.stringify(original) }));
    expect(exportOf(t.api, original.workshop.id)).toEqual({
      ...original,
      exportedAt: expect.any(String),
    });
  });

  it('imports a version-2 file written before plans, its scorings as our own view', () => {
    const t = openTestApi();
    const file = sampleFile();
    valueOf(callCommand(t.api, 'workshop-file:import', { text: JSON.stringify(file) }));
    const account = file.participants[0]!.accounts[0]!;
    const scorings = valueOf(callCommand(t.api, 'scorings:list', { accountId: account.id }));
    expect(scorings.map((s) => s.view)).toEqual(account.scorings.map(() => 'own'));
  });

  it('refuses a target map that breaks the graph rules, naming its path', () => {
    const { original } = withCompleteWorkshop();
    const target = original.participants[0]!.accounts[0]!.plan!['target-map']!;
    target.links.push({ id: 'bad', from: 'kam', to: 'nobody' });
    const t = openTestApi();
    const error = errorOf(
      callCommand(t.api, 'workshop-file:import', { text: JSON.stringify(original) }),
    );
    expect(error.message).toMatch(
      /^participants\[0\]\.accounts\[0\]\.plan\.target-map\.links\[4\]\.to: /,
    );
  });

  it('imports a version-1 file made by an earlier app unchanged in meaning', () => {
    const text = readFileSync(VERSION_1_FIXTURE, 'utf8');
    const v1 = JSON.parse(text) as {
      workshop: { id: string };
      participants: Array<{
        answers: Record<string, unknown>;
        accounts: Array<{ answers: Record<string, unknown>; map?: unknown; scorings: unknown[] }>;
      }>;
    };
    const t = openTestApi();
    valueOf(callCommand(t.api, 'workshop-file:import', { text }));
    const now = exportOf(t.api, v1.workshop.id);
    expect(now.version).toBe(2);
    v1.participants.forEach((participant, p) => {
      const imported = now.participants[p]!;
      expect(imported.answers).toEqual(participant.answers);
      participant.accounts.forEach((account, a) => {
        const { map, ...answers } = { ...account.answers, map: account.map };
        expect(imported.accounts[a]!.answers).toEqual({ ...answers, G: map });
        expect(imported.accounts[a]!.scorings).toEqual(account.scorings);
      });
    });
    const {
      participants: _p,
      version: _v,
      exportedAt: _e,
      ...rest
    } = JSON.parse(text) as Record<string, unknown>;
    const { participants: _np, version: _nv, exportedAt: _ne, ...restNow } = now;
    expect(restNow).toEqual(rest);
  });

  it('imports a deleted workshop back exactly as it was, with its own ids', () => {
    const { api, id, original } = withCompleteWorkshop();
    valueOf(callCommand(api, 'workshops:delete', { id }));
    const outcome = valueOf(
      callCommand(api, 'workshop-file:import', { text: JSON.stringify(original) }),
    );
    expect(outcome).toMatchObject({ status: 'imported', as: 'new', workshop: { id } });
    expect({ ...exportOf(api, id), exportedAt: '' }).toEqual({ ...original, exportedAt: '' });
  });

  it('asks before touching a workshop that is already here, and writes nothing meanwhile', () => {
    const { api, db, id, original } = withCompleteWorkshop();
    const before = snapshot(db);
    const outcome = valueOf(
      callCommand(api, 'workshop-file:import', { text: JSON.stringify(original) }),
    );
    expect(outcome).toEqual({
      status: 'exists',
      existing: { id, title: original.workshop.title },
      incomingTitle: original.workshop.title,
      incomingNamesRemoved: false,
    });
    expect(snapshot(db)).toBe(before);
  });

  it('imports a copy with new ids everywhere and the same content', () => {
    const { api, original } = withCompleteWorkshop();
    const outcome = valueOf(
      callCommand(api, 'workshop-file:import', {
        text: JSON.stringify(original),
        onConflict: 'copy',
      }),
    );
    if (outcome.status !== 'imported') throw new Error('not imported');
    const copy = exportOf(api, outcome.workshop.id);
    expect(copy.workshop.title).toBe(`${original.workshop.title} (copy)`);
    const expected = contentOf(original);
    expect(contentOf(copy)).toEqual({
      ...expected,
      workshop: { ...expected.workshop, title: copy.workshop.title },
    });
    const originalIds = new Set(entityIds(original));
    expect(entityIds(copy).filter((id) => originalIds.has(id))).toEqual([]);
    expect(valueOf(callCommand(api, 'workshops:list', {}))).toHaveLength(2);
  });

  it('replaces the existing workshop in place, with the same ids, dropping later changes', () => {
    const { api, id, original } = withCompleteWorkshop();
    const bob = original.participants[1]!;
    valueOf(callCommand(api, 'participants:rename', { id: bob.id, name: 'Robert' }));
    valueOf(callCommand(api, 'participants:add', { workshopId: id, name: 'Carol' }));
    const outcome = valueOf(
      callCommand(api, 'workshop-file:import', {
        text: JSON.stringify(original),
        onConflict: 'replace',
      }),
    );
    expect(outcome).toMatchObject({ status: 'imported', as: 'replace', workshop: { id } });
    const replaced = exportOf(api, id);
    expect({ ...replaced, exportedAt: '', facilitation: original.facilitation }).toEqual({
      ...original,
      exportedAt: '',
    });
    expect(replaced.facilitation).toEqual({
      ...original.facilitation,
      revision: expect.any(Number),
    });
    expect(valueOf(callCommand(api, 'workshops:list', {}))).toHaveLength(1);
  });

  it('counts a replacement as a change to the facilitation state, so open windows take it and what follows', () => {
    const { api, id, original, events } = withCompleteWorkshop();
    for (let i = 0; i < 5; i++)
      valueOf(
        callCommand(api, 'facilitation:move', { workshopId: id, move: { kind: 'by', steps: 1 } }),
      );
    const before = valueOf(callCommand(api, 'facilitation:get', { workshopId: id }));
    events.length = 0;
    valueOf(
      callCommand(api, 'workshop-file:import', {
        text: JSON.stringify(original),
        onConflict: 'replace',
      }),
    );
    const after = valueOf(callCommand(api, 'facilitation:get', { workshopId: id }));
    expect(after).toEqual({ ...original.facilitation, revision: before.revision + 1 });
    expect(events).toContainEqual({ type: 'facilitation-changed', workshopId: id, state: after });
  });
});

describe('workshop files saved by other programs', () => {
  it('imports a file that starts with a UTF-8 byte-order mark, as Windows editors save them', () => {
    const { api } = openTestApi();
    const text = `\uFEFF${JSON.stringify(sampleFile(), null, 2)}`;
    const outcome = valueOf(callCommand(api, 'workshop-file:import', { text }));
    expect(outcome).toMatchObject({ status: 'imported', as: 'new' });
  });
});

describe('workshop file import refusals', () => {
  function refused(text: string) {
    const t = openTestApi();
    valueOf(callCommand(t.api, 'workshop-file:import', { text: JSON.stringify(sampleFile()) }));
    const before = snapshot(t.db);
    const error = errorOf(
      callCommand(t.api, 'workshop-file:import', { text, onConflict: 'replace' }),
    );
    expect(snapshot(t.db)).toBe(before);
    return error;
  }

  function mutated(change: (file: Record<string, unknown> & WorkshopFile) => void): string {
    const file = sampleFile() as Record<string, unknown> & WorkshopFile;
    change(file);
    return JSON.stringify(file);
  }

  it('a link to nobody, naming its path', () => {
    const error = refused(mutated((f) => (sampleMap(f).links[0]!.to = 'p9')));
    expect(error).toEqual({
      code: 'validation',
      path: 'participants[0].accounts[0].answers.G.links[0].to',
      message: 'participants[0].accounts[0].answers.G.links[0].to: no person "p9"',
    });
  });

  it('a value of the wrong type', () => {
    const error = refused(
      mutated((f) => ((f.workshop as Record<string, unknown>).date = 20260301)),
    );
    expect(error).toMatchObject({ code: 'validation', path: 'workshop.date' });
  });

  it('a missing field', () => {
    const error = refused(mutated((f) => delete (f as Record<string, unknown>).participants));
    expect(error).toMatchObject({ code: 'validation', path: 'participants' });
  });

  it('a file from a newer version, saying to update the app', () => {
    const error = refused(mutated((f) => (f.version = 3 as 2)));
    expect(error.path).toBe('version');
    expect(error.message).toMatch(/newer version.*update the app/);
  });

  it.each(['__proto__', 'constructor', 'toString'])(
    'a workshop whose id is "%s", a name every plain object has, naming the path',
    (id) => {
      const error = refused(mutated((f) => (f.workshop.id = id)));
      expect(error).toMatchObject({ code: 'validation', path: 'workshop.id' });
      expect(error.message).toMatch(/reserved/);
    },
  );

  it('a top-three link to a pick that is not there, or a match of an item that is not there', () => {
    const link = refused(
      mutated((f) => {
        f.participants[0]!.accounts[0]!.answers.C = {
          customer: [{ id: 'c1', text: 'Reliability', sourceItemId: null }],
          supplier: [],
          links: [{ customerId: 'c1', supplierId: 's9' }],
          reflection: '',
        };
      }),
    );
    expect(link).toMatchObject({
      code: 'validation',
      path: 'participants[0].accounts[0].answers.C.links[0].supplierId',
    });
    const match = refused(
      mutated((f) => {
        f.participants[0]!.answers.B = { items: [], matches: [{ itemId: 'b9', modelId: 'm1' }] };
      }),
    );
    expect(match).toMatchObject({
      code: 'validation',
      path: 'participants[0].answers.B.matches[0].itemId',
    });
  });

  it('ids used twice', () => {
    const error = refused(mutated((f) => (f.participants[0]!.accounts[0]!.scorings[0]!.id = 'a1')));
    expect(error.message).toBe(
      'participants[0].accounts[0].scorings[0].id: duplicate id "a1"; participants[0].accounts[0].id has it already',
    );
  });

  it('truncated JSON, saying it may have been cut short', () => {
    const text = JSON.stringify(sampleFile());
    const error = refused(text.slice(0, Math.floor(text.length / 2)));
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/not complete JSON.*cut short/);
  });

  it('a file over 20 MB, before parsing it', () => {
    // Not JSON at all: a parse would fail with a validation error, so too-large proves no parse ran.
    const error = refused('x'.repeat(20 * 1024 * 1024 + 1));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/20 MB/);
  });

  it('a file whose parts are already in another workshop, unless imported as a copy', () => {
    const t = openTestApi();
    valueOf(callCommand(t.api, 'workshop-file:import', { text: JSON.stringify(sampleFile()) }));
    const sameParts = mutated((f) => (f.workshop.id = 'w2'));
    expect(errorOf(callCommand(t.api, 'workshop-file:import', { text: sameParts })).code).toBe(
      'conflict',
    );
    expect(
      valueOf(callCommand(t.api, 'workshop-file:import', { text: sameParts, onConflict: 'copy' }))
        .status,
    ).toBe('imported');
  });
});
