/**
 * The room's live results for an exercise, whatever its kind: one pure aggregate per kind,
 * gathered in a table typed over every kind so a kind without one does not compile. The
 * console shows them; the projector shows them without names.
 */
import { z } from 'zod';
import { ExerciseLetter } from '../exercises/letters';
import { Id } from '../schemas/common';
import { isAnswered, type AnswerOf, type KindName, type ModelOf } from './answer-kinds';
import { ContactMapResults, contactMapResults } from './contact-map-results';
import { ListResults, listResults } from './list-results';
import { ProsAndConsResults, prosAndConsResults } from './pros-and-cons-results';
import { StageChoiceResults, stageChoiceResults } from './stage-choice-results';
import type { SavedScoring } from './stage-scores';
import { StageScoresResults, stageScoresResults } from './stage-scores-results';
import { TopThreeResults, topThreeResults } from './top-three-results';

/** One answer in the room: whose it is, the answer, and for an account its saved scorings. */
export interface RoomEntry<K extends KindName> {
  participantId: string;
  accountId: string | null;
  answer: AnswerOf<K>;
  /** The account's saved stage scorings, newest first; empty for a participant's answers. */
  scorings: readonly SavedScoring[];
}

/** Each kind's results, by kind name. */
export interface ResultsByKind {
  list: ListResults;
  'top-three': TopThreeResults;
  'stage-scores': StageScoresResults;
  'pros-and-cons': ProsAndConsResults;
  'stage-choice': StageChoiceResults;
  'contact-map': ContactMapResults;
}

type Aggregate<K extends KindName> = (
  entries: ReadonlyArray<RoomEntry<K>>,
  model: ModelOf<K>,
) => ResultsByKind[K];

const aggregates: { readonly [K in KindName]: Aggregate<K> } = {
  list: (entries, model) => listResults(answersOf(entries), model),
  'top-three': (entries) => topThreeResults(answersOf(entries)),
  'stage-scores': (entries) => stageScoresResults(entries),
  'pros-and-cons': (entries, model) => prosAndConsResults(answersOf(entries), model),
  'stage-choice': (entries) => stageChoiceResults(answersOf(entries)),
  'contact-map': (entries) => contactMapResults(answersOf(entries)),
};

function answersOf<K extends KindName>(entries: ReadonlyArray<RoomEntry<K>>): AnswerOf<K>[] {
  return entries.map((entry) => entry.answer);
}

/** A kind's results, told apart by `kind`. */
export const KindResults = z.discriminatedUnion('kind', [
  ListResults,
  TopThreeResults,
  StageScoresResults,
  ProsAndConsResults,
  StageChoiceResults,
  ContactMapResults,
]);
export type KindResults = z.infer<typeof KindResults>;

/** The room's results for one exercise: how many answered, who, and the kind's aggregate. */
export const RoomResults = z.strictObject({
  exercise: ExerciseLetter,
  /** Answers the room could give: one per participant, or per account. */
  total: z.int().min(0),
  answered: z.int().min(0),
  /** Whose answers are counted, for the console; the projector leaves names out. */
  answeredBy: z.array(z.strictObject({ participantId: Id, accountId: Id.nullable() })),
  results: KindResults,
});
export type RoomResults = z.infer<typeof RoomResults>;

/** Aggregates the room's answers to an exercise; only answers that count as answered count. */
export function roomResults<K extends KindName>(
  exercise: { letter: ExerciseLetter; kind: K; model: ModelOf<K> },
  entries: ReadonlyArray<RoomEntry<K>>,
): RoomResults {
  const answered = entries.filter((entry) => isAnswered(exercise.kind, entry.answer));
  const aggregate = aggregates[exercise.kind] as Aggregate<K>;
  return {
    exercise: exercise.letter,
    total: entries.length,
    answered: answered.length,
    answeredBy: answered.map(({ participantId, accountId }) => ({ participantId, accountId })),
    results: aggregate(answered, exercise.model),
  };
}
