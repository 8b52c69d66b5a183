import { z } from 'zod';
import { PlanPartName } from '../../plan/plan-parts';
import { Id, Timestamp } from '../../schemas/common';

/** Which part of whose plan: the account is given for every part but the practices. */
export const PlanPartKey = z.strictObject({
  participantId: Id,
  accountId: Id.nullable(),
  part: PlanPartName,
});
export type PlanPartKey = z.infer<typeof PlanPartKey>;

/** A saved plan part; its payload has been checked against the part's schema. */
export const PlanPart = PlanPartKey.extend({
  payload: z.unknown(),
  revision: z.int().min(1),
  updatedAt: Timestamp,
});
export type PlanPart = z.infer<typeof PlanPart>;

export const planCommands = {
  'plans:get': { input: PlanPartKey, output: PlanPart.nullable() },
  'plans:save': { input: PlanPartKey.extend({ payload: z.unknown() }), output: PlanPart },
} as const;
