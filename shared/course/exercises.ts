import type { ExerciseLetter as Letter, exerciseLetters } from '../exercises/letters';
import type { AnswerOf, KindName, ModelOf, SetupOf } from '../kinds/answer-kinds';
import { linearOrganisationMap } from './example-maps';

/** Who an exercise's answer belongs to: the participant, or one of their accounts. */
export type AnswerOwner = 'participant' | 'account';

/** What every exercise states, whatever the kind of answer it asks for. */
interface ExerciseBase<L extends string> {
  /** Its letter in the module: its key everywhere (routes, the store, files, PDFs). */
  letter: L;
  title: string;
  /** A, B, E, F are about the participant's view; C, D, G about one key account. */
  owner: AnswerOwner;
  /** The pause-and-reflect countdown's default length. */
  defaultDurationMs: number;
  /** The questions put to the room. */
  questions: readonly string[];
  hint?: string;
  /** What the learner produces, in a sentence. */
  task: string;
  /** What to do in the pause, where writing down ideas is not it (see pauseInstruction). */
  pause?: string;
}

/**
 * A course exercise as data: its letter, the kind of answer it asks for, whose answer it is,
 * its timing, questions and model answer, and what its kind needs besides (sources, exhibit).
 */
export type ExerciseDefinition<
  K extends KindName = KindName,
  L extends string = string,
> = ExerciseBase<L> & { kind: K; model: ModelOf<K> } & SetupOf<K>;

/** Declares an exercise, keeping its letter and kind as literal types. */
function defineExercise<const L extends string, K extends KindName>(
  definition: ExerciseBase<L> & { kind: K; model: ModelOf<K> } & SetupOf<K>,
) {
  return definition;
}

const minutes = (n: number) => n * 60_000;

export const exerciseA = defineExercise({
  letter: 'A',
  title: 'Customer expectations',
  owner: 'participant',
  // The slide allows 5–10 minutes: the app starts at the upper bound.
  defaultDurationMs: minutes(10),
  questions: [
    'Why does a customer want a relationship with a key supplier?',
    'What does the customer expect to get from the engagement?',
  ],
  hint: 'It is a long list — make yours long too.',
  kind: 'list',
  task: 'List every reason and expectation you can think of, one per line.',
  model: {
    intro: 'What customers look for in a key supplier relationship:',
    items: [
      { id: 'a-preferential', text: 'Preferential treatment' },
      { id: 'a-innovation', text: 'Innovation' },
      { id: 'a-collaboration', text: 'Collaboration' },
      { id: 'a-consolidation', text: 'Fewer, better suppliers (consolidation)' },
      { id: 'a-performance', text: 'Performance delivered as promised, and evaluated' },
      { id: 'a-risk', text: 'Risk managed and supply secure' },
      { id: 'a-supplier-innovation', text: 'Supplier-led innovation' },
      { id: 'a-development', text: 'Supplier development and shared savings' },
    ],
    theme: 'Value — the theme that ties every one of them together.',
  },
});

export const exerciseB = defineExercise({
  letter: 'B',
  title: 'Supplier expectations',
  owner: 'participant',
  defaultDurationMs: minutes(10),
  questions: [
    'Why does a supplier want a relationship with a key customer?',
    'What does the supplier expect to get from the engagement?',
  ],
  hint: 'This is a long list as well.',
  kind: 'list',
  task: 'List every reason and expectation you can think of, one per line.',
  model: {
    intro: 'What suppliers look for in a key customer relationship:',
    items: [
      { id: 'b-sales', text: 'More sales value and volume' },
      { id: 'b-profit', text: 'More profit' },
      { id: 'b-prices', text: 'Higher prices' },
      { id: 'b-retention', text: 'Customer retention' },
      { id: 'b-dominant', text: 'Dominant supplier' },
      { id: 'b-advisor', text: 'Trusted advisor status' },
      { id: 'b-intelligence', text: 'Market intelligence' },
      { id: 'b-warning', text: 'Warning of innovation' },
      { id: 'b-confidential', text: 'Confidential information' },
      { id: 'b-commitment', text: 'Commitment' },
      { id: 'b-security', text: 'Security' },
    ],
    theme: 'Value — again, the theme behind the whole list.',
  },
});

export const exerciseC = defineExercise({
  letter: 'C',
  title: 'Key account relationship top three',
  owner: 'account',
  defaultDurationMs: minutes(10),
  questions: [
    'From your answers to A, pick this customer’s top three requirements of the relationship, ranked 1, 2, 3 by their importance to the customer.',
    'From your answers to B, pick your organisation’s top three requirements of this customer, ranked 1, 2, 3.',
    'How far do the two lists match — or not?',
  ],
  kind: 'top-three',
  sources: { customer: 'A', supplier: 'B' },
  task: 'Choose and rank both top threes, link the pairs that are the same expectation, and reflect.',
  pause: 'Pause here and choose your two top threes. Carry on when both are ranked.',
  model: {
    intro: 'You cannot deliver everything, so where do you focus?',
    points: [
      'Expect some expectations to be shared and some to differ — and find out which, rather than assume.',
      'Time and money spent on what the customer does not value furthers neither the business nor the relationship.',
      'Focus where you both want the same things.',
      'Meet — and be seen to care about — more of the account’s most important expectations.',
      'You cannot ignore what your own organisation wants, but you need not make it constantly obvious to the customer.',
      'Show your own organisation that the relationship is delivering what it expects.',
    ],
  },
});

export const exerciseD = defineExercise({
  letter: 'D',
  title: 'Diagnosing relationship stages',
  owner: 'account',
  defaultDurationMs: minutes(10),
  questions: [
    'Score each of the six statements for this customer, from Strongly agree to Strongly disagree.',
  ],
  kind: 'stage-scores',
  task: 'Score all six statements; the total places the relationship at one of four stages.',
  pause: 'Pause here and score the six statements. Carry on when you have a total.',
  model: {
    intro: 'What relationships at each stage are like:',
  },
});

export const exerciseE = defineExercise({
  letter: 'E',
  title: 'Basic relationships in KAM',
  owner: 'participant',
  defaultDurationMs: minutes(10),
  questions: [
    'Is a basic relationship suitable in key account management?',
    'What is good about basic relationships?',
    'What is bad about them?',
  ],
  kind: 'pros-and-cons',
  subject: 'basic relationships',
  viewQuestion: 'Is a basic relationship suitable in KAM?',
  task: 'List the good and the bad, then say whether a basic relationship suits KAM, and why.',
  model: {
    intro: 'Basic relationships have real strengths — and real limits.',
    positives: [
      { id: 'e-efficiency', text: 'Efficiency' },
      { id: 'e-simplicity', text: 'Simplicity' },
      { id: 'e-low-cost', text: 'Low cost' },
      { id: 'e-control', text: 'Easier to control' },
      { id: 'e-streamlined', text: 'Could suit a streamlined customer business' },
    ],
    negatives: [
      { id: 'e-fragility', text: 'Fragility' },
      { id: 'e-single-view', text: 'Single point of view' },
      { id: 'e-defections', text: 'Defections, and ‘going native’' },
      { id: 'e-minimal-info', text: 'Minimal information exchange: ‘need to know’' },
      { id: 'e-self-limiting', text: 'Self-limiting' },
    ],
    conclusion:
      'Do not develop basic relationships unless you can — and want to — take them on to interdependent.',
  },
});

export const exerciseF = defineExercise({
  letter: 'F',
  title: 'Identifying relationships',
  owner: 'participant',
  defaultDurationMs: minutes(2),
  questions: [
    'A global IT company drew this picture of its relationships with key accounts. What stage of relationship does it show?',
  ],
  kind: 'stage-choice',
  choiceQuestion: 'What stage of relationship does it show?',
  exhibit: {
    map: linearOrganisationMap,
    caption: 'The global IT company’s picture of its relationship with a key account',
    description:
      'A supplier’s functions lined up behind its key account manager, who alone is in contact with the customer’s buyer',
    supplierLabel: 'Supplier: the IT company',
    customerLabel: 'Customer: a key account',
  },
  task: 'Pick one of the four stages, and say why if you like.',
  pause: 'Pause here and decide which stage the picture shows. Carry on when you have chosen.',
  model: {
    stage: 'basic',
    headline: 'It is still basic.',
    points: [
      'Smart pictures do not always mean smart relationships.',
      'The supplier’s organisation is integrated — but behind the key account manager.',
      'Its functions are ranged behind the KAM, not alongside, and none of them is connected to the customer.',
      'Only the KAM reaches the customer, and only its buyer.',
    ],
  },
});

export const exerciseG = defineExercise({
  letter: 'G',
  title: 'Mapping a relationship',
  owner: 'account',
  defaultDurationMs: minutes(10),
  questions: [
    'Plot every contact between your organisation and this customer on the map.',
    'What does the map show about the relationship? Which stage do you think it is?',
  ],
  kind: 'contact-map',
  task: 'Place the people of both organisations by level and function, and draw the contacts between them.',
  pause: 'Pause here and map the contacts. Carry on when the map shows the relationship.',
  model: {
    intro: 'Patterns to recognise in a contact map:',
    points: [
      'Few, low-level relationships — basic.',
      'The key account manager as relationship hog: every contact runs through the KAM — basic.',
      'Independent relationships, not joined up: many contacts, not co-ordinated by the KAM or team — dangerous.',
      'Customer-controlled: the customer co-ordinates the contacts around its own hub, the supplier does not — dangerous.',
      'Interdependent: many contacts across levels, including senior, and across functions, joined up through the KAM — healthy.',
      'A contact counts as a relationship only when it is reciprocated; relationships cost money and must be managed and monitored.',
    ],
  },
});

/** Every exercise of the module, in module order: the one list every tier derives from. */
export const exercises = [
  exerciseA,
  exerciseB,
  exerciseC,
  exerciseD,
  exerciseE,
  exerciseF,
  exerciseG,
] as const;

/** One of the course's exercises, with its letter and kind as types. */
export type CourseExercise = (typeof exercises)[number];

/** The letter of one of the course's exercises. */
export type ExerciseLetter = Letter;

/** The exercises' letters in module order, as a tuple type. */
type LettersOf<T extends readonly { letter: string }[]> = {
  -readonly [I in keyof T]: T[I]['letter'];
};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when an exercise is added, removed or moved without its letter in letters.ts.
const lettersMatch: Same<LettersOf<typeof exercises>, [...typeof exerciseLetters]> = true;
void lettersMatch;

/** The kind of answer the exercise with letter L asks for. */
export type KindOfLetter<L extends ExerciseLetter> = Extract<CourseExercise, { letter: L }>['kind'];

/** The answer to the exercise with letter L. */
export type AnswerPayload<L extends ExerciseLetter> = AnswerOf<KindOfLetter<L>>;

/** The exercise with the given letter. */
export function exerciseByLetter<L extends ExerciseLetter>(
  letter: L,
): Extract<CourseExercise, { letter: L }> {
  const found = exercises.find((e) => e.letter === letter);
  if (!found) throw new Error(`No exercise ${letter}`);
  return found as Extract<CourseExercise, { letter: L }>;
}

/** The course exercise with a letter, checked to ask for the given kind of answer. */
export function exerciseOfKind<K extends KindName>(
  letter: string,
  kind: K,
): ExerciseDefinition<K, ExerciseLetter> {
  const found = exercises.find((e) => e.letter === letter);
  if (!found || found.kind !== kind)
    throw new Error(`Exercise ${letter} does not ask for a ${kind}`);
  return found as unknown as ExerciseDefinition<K, ExerciseLetter>;
}
