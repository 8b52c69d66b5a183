import { z } from 'zod';
import { Id } from '../schemas/common';
import { stages } from '../domain/stage';
import type { ExerciseLetter } from './letters';

const Text = z.string().max(4000, 'Keep each answer under 4,000 characters');

/** One idea in a learner's list. */
export const ListItem = z.strictObject({ id: Id, text: Text });
export type ListItem = z.infer<typeof ListItem>;

/** The learner's judgement that one of their items is the same idea as a model item. */
export const ModelMatch = z.strictObject({ itemId: Id, modelId: Id });

const Items = z.array(ListItem).max(500, 'A list holds at most 500 items');
const Matches = z.array(ModelMatch).max(500);

/** A and B: a free list, and after the reveal the learner's matches to the model answer. */
export const ListAnswer = z.strictObject({ items: Items, matches: Matches });

/** One of a side's top three, taken from the A/B list or typed anew. */
export const TopPick = z.strictObject({ id: Id, text: Text, sourceItemId: Id.nullable() });

/** C: both sides' top three in rank order, the pairs the learner links, a reflection. */
export const TopThreeAnswer = z.strictObject({
  customer: z.array(TopPick).max(3),
  supplier: z.array(TopPick).max(3),
  links: z.array(z.strictObject({ customerId: Id, supplierId: Id })).max(9),
  reflection: Text,
});

export const StatementScore = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** D: the working scores of the six statements; null while unanswered. */
export const StageScoresAnswer = z.strictObject({
  scores: z.array(StatementScore.nullable()).length(6),
});

/** E: what is good and bad about basic relationships, and whether they suit KAM. */
export const BasicRelationshipAnswer = z.strictObject({
  positives: Items,
  negatives: Items,
  suitable: z.enum(['yes', 'no', 'depends']).nullable(),
  reason: Text,
  matches: Matches,
});

export const Stage = z.enum(stages);

/** F: the stage the learner sees in the linear organisation, and why. */
export const StageChoiceAnswer = z.strictObject({ stage: Stage.nullable(), why: Text });

/** G: the contact map as drawn (people, links, where each person sits). */
export const ContactMapAnswer = z.strictObject({
  people: z
    .array(
      z.strictObject({
        id: Id,
        side: z.enum(['supplier', 'customer']),
        level: z.enum(['board', 'senior', 'middle', 'operational']),
        department: z.string().max(80),
        name: z.string().max(120).optional(),
        title: z.string().max(120).optional(),
        isKeyAccountManager: z.boolean().optional(),
      }),
    )
    .max(1000),
  links: z
    .array(
      z.strictObject({
        id: Id,
        from: Id,
        to: Id,
        strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
        reciprocated: z.boolean().optional(),
      }),
    )
    .max(5000),
  positions: z.record(Id, z.strictObject({ x: z.number(), y: z.number() })).optional(),
});

/** The schema each exercise's saved answer must satisfy. */
export const answerPayloadSchemas = {
  A: ListAnswer,
  B: ListAnswer,
  C: TopThreeAnswer,
  D: StageScoresAnswer,
  E: BasicRelationshipAnswer,
  F: StageChoiceAnswer,
  G: ContactMapAnswer,
} as const satisfies Record<ExerciseLetter, z.ZodType>;

export type AnswerPayload<L extends ExerciseLetter> = z.infer<(typeof answerPayloadSchemas)[L]>;
