/**
 * Every kind of answer the course's exercises ask for, by name. Each tier (screens, presenter,
 * PDFs, the room) keeps one table over these names, typed so a kind it misses does not compile.
 */
import type { z } from 'zod';
import type { AnswerDigest, AnswerKind } from './answer-kind';
import { contactMapKind } from './contact-map';
import { listKind } from './list';
import { prosAndConsKind, type ProsAndConsSetup } from './pros-and-cons';
import { stageChoiceKind, type StageChoiceSetup } from './stage-choice';
import { stageScoresKind } from './stage-scores';
import { topThreeKind, type TopThreeSetup } from './top-three';

export const answerKinds = {
  list: listKind,
  'top-three': topThreeKind,
  'stage-scores': stageScoresKind,
  'pros-and-cons': prosAndConsKind,
  'stage-choice': stageChoiceKind,
  'contact-map': contactMapKind,
} as const;

export type KindName = keyof typeof answerKinds;

/** The answer of a kind, as saved. */
export type AnswerOf<K extends KindName> = z.output<(typeof answerKinds)[K]['answer']>;

/** The model answer (or debrief) of a kind, as revealed. */
export type ModelOf<K extends KindName> = z.output<(typeof answerKinds)[K]['model']>;

/** What an exercise of a kind brings besides its model answer: its sources, its exhibit. */
export type SetupOf<K extends KindName> = KindSetups[K];

interface KindSetups {
  list: object;
  'top-three': TopThreeSetup;
  'stage-scores': object;
  'pros-and-cons': ProsAndConsSetup;
  'stage-choice': StageChoiceSetup;
  'contact-map': object;
}

/**
 * One kind's parts typed by its name. The table's entries are each checked by defineKind;
 * indexing it with a generic name loses that link, so it is restored here, once.
 */
export function kindOf<K extends KindName>(
  kind: K,
): AnswerKind<z.ZodType<AnswerOf<K>>, z.ZodType<ModelOf<K>>> {
  return answerKinds[kind] as unknown as AnswerKind<z.ZodType<AnswerOf<K>>, z.ZodType<ModelOf<K>>>;
}

/** An answer of a kind read from storage: the kind's empty answer when absent or unreadable. */
export function readAnswer<K extends KindName>(kind: K, payload: unknown): AnswerOf<K> {
  const { answer, empty } = kindOf(kind);
  if (payload === null || payload === undefined) return empty;
  const parsed = answer.safeParse(payload);
  return parsed.success ? parsed.data : empty;
}

/** Whether an answer of a kind counts as answered: the one rule for every tier. */
export function isAnswered<K extends KindName>(kind: K, answer: AnswerOf<K>): boolean {
  return kindOf(kind).isAnswered(answer);
}

/** An answer's digest for the console and the presenter; `answered` by the kind's one rule. */
export function digestOf<K extends KindName>(
  kind: K,
  answer: AnswerOf<K>,
): AnswerDigest & { answered: boolean } {
  return { ...kindOf(kind).digest(answer), answered: isAnswered(kind, answer) };
}
