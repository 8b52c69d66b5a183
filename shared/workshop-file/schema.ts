import { z } from 'zod';
import { exercises, type AnswerOwner } from '../course/exercises';
import type { AnswersByLetter } from '../exercises/answers';
import { EnteredBy, type EnteredByLetter } from '../exercises/entered-by';
import { kindOf } from '../kinds/answer-kinds';
import { SavedScoring, ScoringView } from '../kinds/stage-scores';
import { planParts, partsOwnedBy, type PlanPartsByName } from '../plan/plan-parts';
import { ContentChanges } from '../content/content-changes';
import { ImportedFacilitationState } from '../schemas/facilitation';
import { Id, Name, Timestamp } from '../schemas/common';
import { WorkshopSettings } from '../schemas/settings';
import { Workshop } from '../schemas/workshop';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from './format';

/** Answers by exercise letter; an exercise nobody answered is left out. */
export type FileAnswers = AnswersByLetter;

/**
 * The answers one owner (a participant, or one of their accounts) can give: a field for each
 * of the course's exercises that belong to that owner, derived from the course data.
 */
function answersOf(owner: AnswerOwner, description: string): z.ZodType<FileAnswers> {
  const fields = exercises
    .filter((exercise) => exercise.owner === owner)
    .map((exercise) => [
      exercise.letter,
      kindOf(exercise.kind)
        .answer.optional()
        .meta({ description: `Exercise ${exercise.letter}: ${exercise.title}.` }),
    ]);
  return z.strictObject(Object.fromEntries(fields)).meta({ description }) as z.ZodType<FileAnswers>;
}

/** Who entered each of an owner's answers, by exercise letter. */
export type FileEnteredBy = EnteredByLetter;

/** Who entered the answers one owner can give: left out, the workshop's mode decides. */
function enteredByOf(owner: AnswerOwner): z.ZodType<FileEnteredBy> {
  const fields = exercises
    .filter((exercise) => exercise.owner === owner)
    .map((exercise) => [exercise.letter, EnteredBy.optional()]);
  return z.strictObject(Object.fromEntries(fields)).meta({
    description:
      "Who entered each answer, by exercise letter: 'trainer' (typed on a learner's behalf) or " +
      "'learner'. An answer left out here was entered by the trainer in a facilitated workshop, " +
      'by the learner in self-study.',
  }) as z.ZodType<FileEnteredBy>;
}

/** One saved stage scoring, with the date it was made. */
export const FileScoring = SavedScoring.extend({
  view: ScoringView.optional().meta({
    description:
      "Whose view the scores give: 'own' (the supplier's), 'customer-believed' (the customer's, as the learner believes they would score) or 'customer-team' (a customer team's own scoring). Absent: 'own'.",
  }),
  map: SavedScoring.shape.map.meta({
    description: "The account's contact map (exercise G) when this scoring of our own was made.",
  }),
}).meta({
  description: 'A stage scoring (exercise D) kept with its date.',
});
export type FileScoring = z.infer<typeof FileScoring>;

/** The parts of a plan one owner (a participant, or one of their accounts) holds, by name. */
function planOf(owner: AnswerOwner, description: string): z.ZodType<PlanPartsByName> {
  const fields = partsOwnedBy(owner).map((name) => [
    name,
    planParts[name].schema.optional().meta({ description: planParts[name].description }),
  ]);
  return z
    .strictObject(Object.fromEntries(fields))
    .meta({ description }) as unknown as z.ZodType<PlanPartsByName>;
}

/** A key account with its answers (C, D and the contact map G), its dated scorings and its plan. */
export const FileAccount = z
  .strictObject({
    id: Id,
    name: Name,
    answers: answersOf('account', 'The answers about this account, by exercise letter.'),
    enteredBy: enteredByOf('account').optional(),
    scorings: z.array(FileScoring),
    plan: planOf(
      'account',
      'The relationship development plan for this account, by part; absent when none is begun.',
    ).optional(),
  })
  .meta({ description: 'A key account a participant works on.' });
export type FileAccount = z.infer<typeof FileAccount>;

/** A participant with their own answers (A, B, E, F) and their key accounts. */
export const FileParticipant = z
  .strictObject({
    id: Id,
    name: Name,
    answers: answersOf('participant', "The participant's own answers, by exercise letter."),
    plan: planOf(
      'participant',
      "The parts of the plan that assess the participant's KAM programme as a whole; absent when none is begun.",
    ).optional(),
    enteredBy: enteredByOf('participant').optional(),
    accounts: z.array(FileAccount),
  })
  .meta({ description: 'A participant, in the order they were added.' });
export type FileParticipant = z.infer<typeof FileParticipant>;

/** The whole workshop as one JSON document: `*.kamworkshop` (`*.kamworkshop.json` before). */
export const WorkshopFile = z
  .strictObject({
    format: z.literal(WORKSHOP_FILE_FORMAT),
    version: z.literal(WORKSHOP_FILE_VERSION),
    exportedAt: Timestamp,
    app: z.strictObject({ name: z.string().max(200), version: z.string().max(50) }),
    workshop: Workshop,
    facilitation: ImportedFacilitationState,
    /** The workshop's settings for its PDF outputs; left out, the defaults apply. */
    settings: WorkshopSettings.optional(),
    /** The trainer's changes to the course's content; left out, the course as it is. */
    content: ContentChanges.optional(),
    /** Present in a client-safe copy: names replaced by labels, private notes left out. */
    namesRemoved: z
      .literal(true)
      .optional()
      .meta({
        description:
          'true in a client-safe copy: participants, key accounts and people on contact maps are ' +
          'under neutral labels, and private notes are left out (docs/client-safe.md).',
      }),
    participants: z.array(FileParticipant),
  })
  .meta({
    title: 'KAM Relationship Workshop file',
    description: 'One workshop with everything in it, as exported by KAM Relationship Workshop.',
  });
export type WorkshopFile = z.infer<typeof WorkshopFile>;
