import { z } from 'zod';
import { Id, Name } from '../../schemas/common';
import { Workshop, WorkshopDetail, WorkshopFields, WorkshopSummary } from '../../schemas/workshop';

const ById = z.strictObject({ id: Id });

/** Workshops as the home screen manages them. */
export const workshopCommands = {
  'workshops:list': { input: z.strictObject({}), output: z.array(WorkshopSummary) },
  /** A workshop starts with the course as written, or with a template's content. */
  'workshops:create': {
    input: WorkshopFields.extend({ templateId: Id.optional() }),
    output: Workshop,
  },
  'workshops:get': { input: ById, output: WorkshopDetail },
  'workshops:rename': {
    input: z.strictObject({ id: Id, title: WorkshopFields.shape.title }),
    output: Workshop,
  },
  'workshops:delete': { input: ById, output: z.strictObject({ id: Id }) },
} as const;

/** Participants of a workshop and the key accounts each works on. */
export const peopleCommands = {
  'participants:add': {
    input: z.strictObject({ workshopId: Id, name: Name }),
    output: WorkshopDetail,
  },
  'participants:rename': { input: z.strictObject({ id: Id, name: Name }), output: WorkshopDetail },
  'participants:remove': { input: ById, output: WorkshopDetail },
  'accounts:add': {
    input: z.strictObject({ participantId: Id, name: Name }),
    output: WorkshopDetail,
  },
  'accounts:rename': { input: z.strictObject({ id: Id, name: Name }), output: WorkshopDetail },
  'accounts:remove': { input: ById, output: WorkshopDetail },
} as const;
