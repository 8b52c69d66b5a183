import { z } from 'zod';
import { Id } from '../../schemas/common';
import { FacilitationPatch, FacilitationState } from '../../schemas/facilitation';

export const facilitationCommands = {
  'facilitation:get': { input: z.strictObject({ workshopId: Id }), output: FacilitationState },
  'facilitation:update': {
    input: z.strictObject({ workshopId: Id, patch: FacilitationPatch }),
    output: FacilitationState,
  },
} as const;
