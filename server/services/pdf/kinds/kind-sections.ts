/**
 * The PDF's one module per answer kind: how a workbook shows one learner's answers to an
 * exercise of that kind, and how the summary shows the group's. The table is typed over every
 * kind, so a kind without its PDF sections does not compile.
 */
import type { ExerciseDefinition } from '../../../../shared/course/exercises';
import { answerTo } from '../../../../shared/exercises/answers';
import type { KindName } from '../../../../shared/kinds/answer-kinds';
import type { ParticipantAnswers, SummaryData } from '../document-data';
import type { PdfWriter } from '../writer';
import { contactMapSections } from './contact-map';
import type { AnswerEntry } from './entries';
import { listSections } from './list';
import { prosAndConsSections } from './pros-and-cons';
import { stageChoiceSections } from './stage-choice';
import { stageScoresSections } from './stage-scores';
import { topThreeSections } from './top-three';

export interface PdfKindSections<K extends KindName> {
  /**
   * A workbook's chapter on one exercise, after its opening page: the participant's answers
   * (one, or one per account) and the model answer, compared.
   */
  workbook(
    w: PdfWriter,
    exercise: ExerciseDefinition<K>,
    entries: ReadonlyArray<AnswerEntry<K>>,
  ): void | Promise<void>;
  /** The summary's chapter on one exercise: the group's answers together. */
  summary(
    w: PdfWriter,
    exercise: ExerciseDefinition<K>,
    entries: ReadonlyArray<AnswerEntry<K>>,
    data: SummaryData,
  ): void;
}

const sectionsByKind: { readonly [K in KindName]: PdfKindSections<K> } = {
  list: listSections,
  'top-three': topThreeSections,
  'stage-scores': stageScoresSections,
  'pros-and-cons': prosAndConsSections,
  'stage-choice': stageChoiceSections,
  'contact-map': contactMapSections,
};

/** The sections of a kind, typed by its name (indexing with a generic name loses the link). */
export function sectionsOf<K extends KindName>(kind: K): PdfKindSections<K> {
  return sectionsByKind[kind] as PdfKindSections<K>;
}

/** A participant's answers to an exercise: their own, or one per account. */
export function entriesOf<K extends KindName>(
  exercise: ExerciseDefinition<K>,
  participant: ParticipantAnswers,
): Array<AnswerEntry<K>> {
  if (exercise.owner === 'participant') {
    return [{ participant, account: null, answer: answerTo(participant.answers, exercise) }];
  }
  return participant.accounts.map((account) => ({
    participant,
    account,
    answer: answerTo(account.answers, exercise),
  }));
}
