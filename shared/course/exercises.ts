import type { ExerciseLetter, AnswerOwner } from '../exercises/letters';
import { answerOwnerOf } from '../exercises/letters';
import type { Stage } from '../domain/stage';

/** An idea of a model answer that learners can match their own items to. */
export interface ModelItem {
  id: string;
  text: string;
}

/** What is revealed after the pause: the model answer or the debrief. */
export type ModelAnswer =
  | { kind: 'list'; intro: string; items: readonly ModelItem[]; theme: string }
  | { kind: 'debrief'; intro: string; points: readonly string[] }
  | { kind: 'stage-characteristics'; intro: string }
  | {
      kind: 'pros-and-cons';
      intro: string;
      positives: readonly ModelItem[];
      negatives: readonly ModelItem[];
      conclusion: string;
    }
  | { kind: 'stage-answer'; stage: Stage; headline: string; points: readonly string[] }
  | { kind: 'patterns'; intro: string; points: readonly string[] };

/** What the learner writes or builds in an exercise. */
export type Produces =
  'list' | 'top-three' | 'stage-scores' | 'pros-and-cons' | 'stage-choice' | 'contact-map';

export interface ExerciseDefinition {
  letter: ExerciseLetter;
  title: string;
  owner: AnswerOwner;
  defaultDurationMs: number;
  /** The questions put to the room. */
  questions: readonly string[];
  hint?: string;
  produces: Produces;
  /** What the learner produces, in a sentence. */
  task: string;
  model: ModelAnswer;
}

const minutes = (n: number) => n * 60_000;

export const exerciseA: ExerciseDefinition = {
  letter: 'A',
  title: 'Customer expectations',
  owner: answerOwnerOf.A,
  // The slide allows 5–10 minutes: the app starts at the upper bound.
  defaultDurationMs: minutes(10),
  questions: [
    'Why does a customer want a relationship with a key supplier?',
    'What does the customer expect to get from the engagement?',
  ],
  hint: 'It is a long list — make yours long too.',
  produces: 'list',
  task: 'List every reason and expectation you can think of, one per line.',
  model: {
    kind: 'list',
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
};

export const exerciseB: ExerciseDefinition = {
  letter: 'B',
  title: 'Supplier expectations',
  owner: answerOwnerOf.B,
  defaultDurationMs: minutes(10),
  questions: [
    'Why does a supplier want a relationship with a key customer?',
    'What does the supplier expect to get from the engagement?',
  ],
  hint: 'This is a long list as well.',
  produces: 'list',
  task: 'List every reason and expectation you can think of, one per line.',
  model: {
    kind: 'list',
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
};

export const exerciseC: ExerciseDefinition = {
  letter: 'C',
  title: 'Key account relationship top three',
  owner: answerOwnerOf.C,
  defaultDurationMs: minutes(10),
  questions: [
    'From your answers to A, pick this customer’s top three requirements of the relationship, ranked 1, 2, 3 by their importance to the customer.',
    'From your answers to B, pick your organisation’s top three requirements of this customer, ranked 1, 2, 3.',
    'How far do the two lists match — or not?',
  ],
  produces: 'top-three',
  task: 'Choose and rank both top threes, link the pairs that are the same expectation, and reflect.',
  model: {
    kind: 'debrief',
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
};

export const exerciseD: ExerciseDefinition = {
  letter: 'D',
  title: 'Diagnosing relationship stages',
  owner: answerOwnerOf.D,
  defaultDurationMs: minutes(10),
  questions: [
    'Score each of the six statements for this customer, from Strongly agree to Strongly disagree.',
  ],
  produces: 'stage-scores',
  task: 'Score all six statements; the total places the relationship at one of four stages.',
  model: {
    kind: 'stage-characteristics',
    intro: 'What relationships at each stage are like:',
  },
};

export const exerciseE: ExerciseDefinition = {
  letter: 'E',
  title: 'Basic relationships in KAM',
  owner: answerOwnerOf.E,
  defaultDurationMs: minutes(10),
  questions: [
    'Is a basic relationship suitable in key account management?',
    'What is good about basic relationships?',
    'What is bad about them?',
  ],
  produces: 'pros-and-cons',
  task: 'List the good and the bad, then say whether a basic relationship suits KAM, and why.',
  model: {
    kind: 'pros-and-cons',
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
};

export const exerciseF: ExerciseDefinition = {
  letter: 'F',
  title: 'Identifying relationships',
  owner: answerOwnerOf.F,
  defaultDurationMs: minutes(2),
  questions: [
    'A global IT company drew this picture of its relationships with key accounts. What stage of relationship does it show?',
  ],
  produces: 'stage-choice',
  task: 'Pick one of the four stages, and say why if you like.',
  model: {
    kind: 'stage-answer',
    stage: 'basic',
    headline: 'It is still basic.',
    points: [
      'Smart pictures do not always mean smart relationships.',
      'The supplier’s organisation is integrated — but behind the key account manager.',
      'Its functions are ranged behind the KAM, not alongside, and none of them is connected to the customer.',
      'Only the KAM reaches the customer, and only its buyer.',
    ],
  },
};

export const exerciseG: ExerciseDefinition = {
  letter: 'G',
  title: 'Mapping a relationship',
  owner: answerOwnerOf.G,
  defaultDurationMs: minutes(10),
  questions: [
    'Plot every contact between your organisation and this customer on the map.',
    'What does the map show about the relationship? Which stage do you think it is?',
  ],
  produces: 'contact-map',
  task: 'Place the people of both organisations by level and function, and draw the contacts between them.',
  model: {
    kind: 'patterns',
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
};

/** Every exercise of the module, in module order. */
export const exercises: readonly ExerciseDefinition[] = [
  exerciseA,
  exerciseB,
  exerciseC,
  exerciseD,
  exerciseE,
  exerciseF,
  exerciseG,
];

/** The exercise with the given letter. */
export function exerciseByLetter(letter: ExerciseLetter): ExerciseDefinition {
  const found = exercises.find((e) => e.letter === letter);
  if (!found) throw new Error(`No exercise ${letter}`);
  return found;
}
