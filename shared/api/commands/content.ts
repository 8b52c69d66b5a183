import { z } from 'zod';
import { ContentChanges } from '../../content/content-changes';
import { Id } from '../../schemas/common';

const ByWorkshop = z.strictObject({ workshopId: Id });

/** A workshop's own version of the module: its changes over the course's content. */
export const contentCommands = {
  'content:get': { input: ByWorkshop, output: ContentChanges },
  /** Replaces the workshop's changes; the session stays on the step it was showing. */
  'content:update': {
    input: z.strictObject({ workshopId: Id, changes: ContentChanges }),
    output: ContentChanges,
  },
} as const;
