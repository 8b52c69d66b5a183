import { z } from 'zod';
import {
  BasicRelationshipAnswer,
  ContactMapAnswer,
  ListAnswer,
  StageChoiceAnswer,
  StageScoresAnswer,
  StatementScore,
  TopThreeAnswer,
} from '../exercises/answer-payloads';
import { stages } from '../domain/stage';
import { ImportedFacilitationState } from '../schemas/facilitation';
import { Id, Name, Timestamp } from '../schemas/common';
import { WorkshopSettings } from '../schemas/settings';
import { Workshop } from '../schemas/workshop';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from './format';

/** One saved scoring of exercise D, with the date it was made. */
export const FileScoring = z
  .strictObject({
    id: Id,
    scores: z.array(StatementScore).length(6),
    total: z.int().min(0).max(18),
    stage: z.enum(stages),
    scoredAt: Timestamp,
  })
  .meta({ description: 'A stage scoring (exercise D) kept with its date.' });
export type FileScoring = z.infer<typeof FileScoring>;

/** A key account with its answers to C and D, its contact map (G) and its scorings. */
export const FileAccount = z
  .strictObject({
    id: Id,
    name: Name,
    answers: z.strictObject({
      C: TopThreeAnswer.optional(),
      D: StageScoresAnswer.optional(),
    }),
    /** Exercise G's contact map: kept apart from `answers` so paths read `map.links[5].to`. */
    map: ContactMapAnswer.optional().meta({ description: 'Exercise G: the contact map.' }),
    scorings: z.array(FileScoring),
  })
  .meta({ description: 'A key account a participant works on.' });
export type FileAccount = z.infer<typeof FileAccount>;

/** A participant with their answers to A, B, E and F and their key accounts. */
export const FileParticipant = z
  .strictObject({
    id: Id,
    name: Name,
    answers: z.strictObject({
      A: ListAnswer.optional(),
      B: ListAnswer.optional(),
      E: BasicRelationshipAnswer.optional(),
      F: StageChoiceAnswer.optional(),
    }),
    accounts: z.array(FileAccount),
  })
  .meta({ description: 'A participant, in the order they were added.' });
export type FileParticipant = z.infer<typeof FileParticipant>;

/** The whole workshop as one JSON document: `*.kamworkshop.json`. */
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
    participants: z.array(FileParticipant),
  })
  .meta({
    title: 'KAM Relationship Workshop file',
    description: 'One workshop with everything in it, as exported by KAM Relationship Workshop.',
  });
export type WorkshopFile = z.infer<typeof WorkshopFile>;
