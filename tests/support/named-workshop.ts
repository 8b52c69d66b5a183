/**
 * A workshop full of names, for proving that a client-safe copy keeps none of them: random
 * names (including ones that are parts of ordinary words, short ones, several words, accents,
 * punctuation) for participants, key accounts and people on maps, and answers whose free text
 * mentions them among words that contain them.
 */
import fc from 'fast-check';
import { moduleSteps } from '../../shared/course/flow';
import type { AnswersByLetter } from '../../shared/exercises/answers';

/** Everyone named in one workshop. */
export interface WorkshopNames {
  participants: string[];
  /** Each participant's accounts' names. */
  accounts: string[][];
  /** The people on each account's map, with their job titles. */
  people: Array<Array<Array<{ name: string; title: string }>>>;
}

// Words of the course and of the answers, so names can be pieces of words the output holds.
const courseWords = [
  ...new Set(
    moduleSteps
      .flatMap((step) => [step.title, ...step.points])
      .join(' ')
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 5),
  ),
];

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

const letters = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéøü'),
    minLength: 2,
    maxLength: 10,
  })
  .map(capitalised);

/** A part of a word the output contains anyway: "Annual" gives "Ann", "Value" gives "Val". */
const pieceOfAWord = fc
  .constantFrom(...courseWords)
  .chain((word) =>
    fc
      .integer({ min: 0, max: word.length - 2 })
      .chain((start) =>
        fc.integer({ min: start + 2, max: word.length }).map((end) => word.slice(start, end)),
      ),
  );

const oneName = fc.oneof(
  letters,
  pieceOfAWord,
  pieceOfAWord.map(capitalised),
  fc.constantFrom(
    'Al',
    'Jo',
    'Ann',
    'Me',
    'Sales',
    'Value',
    'Trust',
    'Account',
    'Participant',
    'Senior',
    'O’Brien',
    'Smith-Jones',
    'A.B. (UK) Ltd',
    'Zoë Ångström',
    'Ελένη',
    '王芳',
    'C++ & Co',
  ),
);

/** A name as a user may type one: one to three words. */
export const nameArb = fc
  .array(oneName, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' ').slice(0, 100).trim())
  .filter((name) => name.length > 0);

/** Everyone in a small workshop: two or three participants, up to two accounts each. */
export const workshopNamesArb: fc.Arbitrary<WorkshopNames> = fc
  .array(
    fc.record({
      participant: nameArb,
      accounts: fc.array(
        fc.record({
          name: nameArb,
          people: fc.array(fc.record({ name: nameArb, title: nameArb }), {
            minLength: 2,
            maxLength: 4,
          }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { minLength: 2, maxLength: 3 },
  )
  .map((people) => ({
    participants: people.map((p) => p.participant),
    accounts: people.map((p) => p.accounts.map((a) => a.name)),
    people: people.map((p) => p.accounts.map((a) => a.people)),
  }));

/** Every name in the workshop: what must not survive. */
export function allNames(names: WorkshopNames): string[] {
  return [
    ...names.participants,
    ...names.accounts.flat(),
    ...names.people.flat(2).flatMap((person) => [person.name]),
  ];
}

/**
 * The same workshop with every name replaced by one that appears nowhere else. Names the app
 * takes for one (the same words; longer ones in any case) get one placeholder, so the two
 * workshops name the same people alike.
 */
export function placeholderNames(names: WorkshopNames): WorkshopNames {
  const given = new Map<string, string>();
  const next = (name: string) => {
    const tidy = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = tidy.length >= 4 ? tidy.toLowerCase() : tidy;
    const n = given.get(key) ?? `Qzx${'jklmnopqrs'.charAt(given.size % 10)}${given.size}`;
    given.set(key, n);
    return n;
  };
  return {
    participants: names.participants.map(next),
    accounts: names.accounts.map((list) => list.map(next)),
    people: names.people.map((accounts) =>
      accounts.map((people) => people.map((p) => ({ name: next(p.name), title: next(p.title) }))),
    ),
  };
}

const departments = ['Sales', 'Purchasing', 'Logistics', 'Finance'];
const levels = ['board', 'senior', 'middle', 'operational'] as const;

/** A participant's answers to A, B, E, F, mentioning names amid words that contain them. */
export function participantAnswers(names: WorkshopNames, p: number): AnswersByLetter {
  const self = names.participants[p]!;
  const account = names.accounts[p]![0]!;
  const other = names.participants[(p + 1) % names.participants.length]!;
  const items = [
    `${account} wants lower prices`,
    `Annual review with ${account}, as ${other} said`,
    'Trust and value',
    `Ask ${self}`,
  ];
  return {
    A: { items: items.map((text, i) => ({ id: `a${i}`, text })), matches: [] },
    B: { items: [{ id: 'b0', text: `More profit from ${account}` }], matches: [] },
    E: {
      positives: [{ id: 'e0', text: `Simple for ${other}` }],
      negatives: [{ id: 'e1', text: 'Fragile' }],
      suitable: 'no',
      reason: `Because ${self} and ${account} disagree`,
      matches: [],
    },
    F: { stage: 'basic', why: `${self} thinks so` },
  };
}

/** An account's answers to C and G: picks naming people, a private reflection, a named map. */
export function accountAnswers(names: WorkshopNames, p: number, a: number): AnswersByLetter {
  const account = names.accounts[p]![a]!;
  const people = names.people[p]![a]!;
  const pick = (id: string, text: string) => ({ id, text, sourceItemId: null });
  return {
    C: {
      customer: [pick('c0', `Access to ${people[0]!.name}`), pick('c1', 'Security of supply')],
      supplier: [pick('s0', `Growth with ${account}`)],
      links: [],
      reflection: `${people[1]!.name} at ${account} is hard to reach`,
    },
    G: {
      people: people.map((person, i) => ({
        id: `person${i}`,
        side: i % 2 === 0 ? ('supplier' as const) : ('customer' as const),
        level: levels[i % levels.length]!,
        department: departments[i % departments.length]!,
        name: person.name,
        title: person.title,
        ...(i === 0 ? { isKeyAccountManager: true } : {}),
      })),
      links: people
        .slice(1)
        .map((_, i) => ({ id: `link${i}`, from: 'person0', to: `person${i + 1}` })),
    },
  };
}

const labelPattern = new RegExp(
  [
    'Participant \\d+',
    'Account \\d+',
    `(?:Key account manager|Board|Senior management|Middle management|Operational)(?:, (?:${departments.join('|')}))?(?: \\(\\d+\\))?`,
  ].join('|'),
  'g',
);

/**
 * Text with every neutral label taken out: what is left is what the learners wrote and the
 * course's own words, where no name may be.
 */
export function withoutLabels(text: string): string {
  return text.replace(labelPattern, '\u0000');
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** Text as names are searched in it: composed characters, single spaces. */
export function searchable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

/**
 * How often a name appears as written in searchable text, as whole words: not inside a longer
 * word (a letter, digit or mark on either side would make it part of one).
 */
export function occurrences(text: string, name: string): number {
  const wanted = searchable(name).trim();
  let count = 0;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + wanted.length] ?? ' ';
    if (!wordCharacter.test(before) && !wordCharacter.test(after)) count++;
  }
  return count;
}

/**
 * The names that leak into a client-safe output: those that occur, as whole words outside the
 * labels, more often than in the client-safe output of the same workshop under placeholder
 * names — that is, anywhere the output would not have them anyway.
 */
export function leakedNames(names: WorkshopNames, safe: string, reference: string): string[] {
  const found = searchable(withoutLabels(safe));
  const expected = searchable(withoutLabels(reference));
  return allNames(names).filter((name) => occurrences(found, name) > occurrences(expected, name));
}
