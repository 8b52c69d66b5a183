import { z } from 'zod';
import { Id } from '../schemas/common';
import { ExerciseLetter } from '../exercises/letters';
import { FacilitationState } from '../schemas/facilitation';
import { RoomStatus } from './commands/room';
import { PlanPartName } from '../plan/plan-parts';

/** What the host tells every open window or tab after a change. */
export const ServerEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('workshops-changed') }),
  z.strictObject({ type: z.literal('workshop-changed'), workshopId: Id }),
  z.strictObject({
    type: z.literal('answer-saved'),
    workshopId: Id,
    participantId: Id,
    exercise: ExerciseLetter,
    accountId: Id.nullable(),
    revision: z.int(),
  }),
  z.strictObject({ type: z.literal('scorings-changed'), workshopId: Id, accountId: Id }),
  z.strictObject({ type: z.literal('content-changed'), workshopId: Id }),
  z.strictObject({ type: z.literal('templates-changed') }),
  z.strictObject({
    type: z.literal('plan-saved'),
    workshopId: Id,
    participantId: Id,
    accountId: Id.nullable(),
    part: PlanPartName,
    revision: z.int(),
  }),
  z.strictObject({
    type: z.literal('facilitation-changed'),
    workshopId: Id,
    state: FacilitationState,
  }),
  /** The room opened, closed, changed its settings, or a learner joined, left or reconnected. */
  z.strictObject({ type: z.literal('room-changed'), workshopId: Id, status: RoomStatus }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;
