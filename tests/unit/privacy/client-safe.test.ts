import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentChanges } from '../../../shared/content/content-changes';
import { clientSafe } from '../../../shared/privacy/client-safe';
import { nameRemover } from '../../../shared/privacy/name-remover';
import { checkWorkshopFile } from '../../../shared/workshop-file/validate';
import type { WorkshopFile } from '../../../shared/workshop-file/schema';
import {
  accountAnswers,
  leakedNames,
  participantAnswers,
  placeholderNames,
  workshopNamesArb,
  type WorkshopNames,
} from '../../support/named-workshop';
import { examplePlan } from '../workshop-file/support/complete-workshop';
import { sampleFile } from '../workshop-file/support/sample-file';

/** A whole workshop file with everyone named as given. */
function namedFile(names: WorkshopNames): WorkshopFile {
  const base = sampleFile();
  return {
    ...base,
    content: ContentChanges.parse({
      steps: { agenda: { notes: 'Private: mind the CFO', plannedMs: 60_000 } },
      slides: [
        { id: 'own-1', section: 1, title: 'Ours', points: [], notes: 'Private', plannedMs: 1 },
      ],
    }),
    participants: names.participants.map((name, p) => ({
      id: `p${p}`,
      name,
      answers: participantAnswers(names, p),
      enteredBy: { A: 'trainer' },
      accounts: names.accounts[p]!.map((account, a) => ({
        id: `p${p}a${a}`,
        name: account,
        answers: accountAnswers(names, p, a),
        scorings: [],
      })),
    })),
  };
}

/** Every string of a JSON value, keys included: where a name could hide in a file. */
const jsonStrings = (file: unknown) =>
  [...JSON.stringify(file).matchAll(/"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => JSON.parse(`"${m[1]}"`) as string)
    .join('\n');

describe('a client-safe copy', () => {
  it('names participants and accounts by their place, and people on maps by role or level and department', () => {
    const names: WorkshopNames = {
      participants: ['Ana Lima', 'Bo Chen'],
      accounts: [['Globex'], ['Initech', 'Umbrella']],
      people: [
        [
          [
            { name: 'Kim', title: 'Head of sales' },
            { name: 'Lou', title: 'Buyer' },
          ],
        ],
        [
          [
            { name: 'Max', title: 'KAM' },
            { name: 'Ned', title: 'CEO' },
          ],
          [
            { name: 'Oz', title: 'x' },
            { name: 'Pat', title: 'y' },
          ],
        ],
      ],
    };
    const safe = clientSafe(namedFile(names));
    expect(safe.participants.map((p) => p.name)).toEqual(['Participant 1', 'Participant 2']);
    expect(safe.participants.flatMap((p) => p.accounts.map((a) => a.name))).toEqual([
      'Account 1',
      'Account 2',
      'Account 3',
    ]);
    expect(safe.participants[0]!.accounts[0]!.answers.G!.people).toEqual([
      {
        id: 'person0',
        side: 'supplier',
        level: 'board',
        department: 'Sales',
        isKeyAccountManager: true,
        name: 'Key account manager, Sales',
      },
      {
        id: 'person1',
        side: 'customer',
        level: 'senior',
        department: 'Purchasing',
        name: 'Senior management, Purchasing',
      },
    ]);
    // Names in free text become the labels of whoever they name.
    expect(safe.participants[0]!.answers.A!.items.map((i) => i.text)).toEqual([
      'Account 1 wants lower prices',
      'Annual review with Account 1, as Participant 2 said',
      'Trust and value',
      'Ask Participant 1',
    ]);
    expect(safe.participants[0]!.accounts[0]!.answers.C!.customer[0]!.text).toBe(
      'Access to Key account manager, Sales',
    );
  });

  it('leaves out private notes: reflections, reasons, why, job titles and the trainer’s notes', () => {
    const names: WorkshopNames = {
      participants: ['Ana', 'Bo'],
      accounts: [['Globex'], ['Initech']],
      people: [
        [
          [
            { name: 'Kim', title: 'Head' },
            { name: 'Lou', title: 'Buyer' },
          ],
        ],
        [
          [
            { name: 'Max', title: 'T' },
            { name: 'Ned', title: 'U' },
          ],
        ],
      ],
    };
    const safe = clientSafe(namedFile(names));
    const first = safe.participants[0]!;
    expect(first.answers.E).toMatchObject({ reason: '', suitable: 'no' });
    expect(first.answers.F).toEqual({ stage: 'basic', why: '' });
    expect(first.accounts[0]!.answers.C!.reflection).toBe('');
    expect(first.accounts[0]!.answers.G!.people.every((p) => p.title === undefined)).toBe(true);
    expect(safe.content?.steps).toEqual({ agenda: { plannedMs: 60_000 } });
    expect(safe.content?.slides[0]?.notes).toBe('');
    // What is not private stays: who entered answers, the stages chosen, the ids.
    expect(first.enteredBy).toEqual({ A: 'trainer' });
    expect(first.id).toBe('p0');
  });

  it('leaves out relationship plans and the contact maps kept with scorings', () => {
    const names: WorkshopNames = {
      participants: ['Ana'],
      accounts: [['Globex']],
      people: [
        [
          [
            { name: 'Kim', title: 'Head' },
            { name: 'Lou', title: 'Buyer' },
          ],
        ],
      ],
    };
    const file = namedFile(names);
    const account = file.participants[0]!.accounts[0]!;
    const map = account.answers.G!;
    const withPlan: WorkshopFile = {
      ...file,
      participants: [
        {
          ...file.participants[0]!,
          accounts: [
            {
              ...account,
              plan: examplePlan as unknown as NonNullable<typeof account.plan>,
              scorings: [
                {
                  id: 's1',
                  scores: [1, 1, 1, 1, 1, 1],
                  total: 6,
                  stage: 'basic',
                  scoredAt: '2026-03-01T10:00:00.000Z',
                  map,
                },
              ],
            },
          ],
        },
      ],
    };
    expect(checkWorkshopFile(JSON.parse(JSON.stringify(withPlan))).ok).toBe(true);
    const safe = clientSafe(withPlan).participants[0]!.accounts[0]!;
    expect(safe.plan).toEqual({});
    expect(safe.scorings[0]).not.toHaveProperty('map');
    expect(safe.scorings[0]?.stage).toBe('basic');
    expect(jsonStrings(safe)).not.toContain('Kim');
  });

  it('is a workshop file that still imports', () => {
    fc.assert(
      fc.property(workshopNamesArb, (names) => {
        const file = { ...clientSafe(namedFile(names)), namesRemoved: true as const };
        const check = checkWorkshopFile(JSON.parse(JSON.stringify(file)));
        expect(check.ok ? 'imports' : check.problem).toBe('imports');
      }),
      { numRuns: 60 },
    );
  });

  it('keeps no original name in a file’s JSON, whatever the names (property)', () => {
    fc.assert(
      fc.property(workshopNamesArb, (names) => {
        const leaked = leakedNames(
          names,
          jsonStrings(clientSafe(namedFile(names))),
          jsonStrings(clientSafe(namedFile(placeholderNames(names)))),
        );
        expect(leaked).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});

describe('finding names in free text', () => {
  const remover = nameRemover([
    ['Ann', 'Participant 1'],
    ['Ann Lee', 'Participant 2'],
    ['Globex', 'Account 1'],
    ['Me', 'Participant 3'],
    ['A.B. (UK)', 'Account 2'],
  ]);

  it('replaces a name only as a whole word, never inside another word', () => {
    expect(remover.text('Annual plan with Ann and Globexia')).toBe(
      'Annual plan with Participant 1 and Globexia',
    );
  });

  it('prefers the longest name, and allows any spacing between its words', () => {
    expect(remover.text('Ann  Lee met Ann')).toBe('Participant 2 met Participant 1');
  });

  it('finds longer names in any case, short ones only as written', () => {
    expect(remover.text('GLOBEX told me, Me too')).toBe('Account 1 told me, Participant 3 too');
  });

  it('treats punctuation in a name as itself, not as a pattern', () => {
    expect(remover.text('Sold by A.B. (UK), not ABC (UK)')).toBe('Sold by Account 2, not ABC (UK)');
  });

  it('never searches a label it put in', () => {
    const chained = nameRemover([
      ['Bob', 'Account 1'],
      ['Account', 'Participant 1'],
    ]);
    expect(chained.text('Bob')).toBe('Account 1');
  });
});
