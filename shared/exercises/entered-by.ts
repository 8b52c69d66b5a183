/** Who typed an answer in: the learner on their own device, or the trainer on their behalf. */
import { z } from 'zod';
import type { WorkshopMode } from '../schemas/workshop';
import type { ExerciseLetter } from './letters';

export const EnteredBy = z.enum(['trainer', 'learner']);
export type EnteredBy = z.infer<typeof EnteredBy>;

/** Who entered each of an owner's answers, by exercise letter. */
export type EnteredByLetter = { [L in ExerciseLetter]?: EnteredBy };

/** How an answer reached the app: the trainer's own api, or a learner's device in the room. */
export type AnswerChannel = 'trainer-api' | 'room';

/** The mark an answer carries on screens and in the workbook. */
export const enteredByLabels: Readonly<Record<EnteredBy, string>> = {
  trainer: 'Entered by the trainer',
  learner: 'Entered by the learner',
};

/**
 * Who entered an answer that arrived by a channel. In a facilitated workshop the trainer's
 * own screens type for a learner without a device; in self-study the learner is the one at
 * the screen; a device in the room is always the learner's.
 */
export function whoEntered(channel: AnswerChannel, mode: WorkshopMode): EnteredBy {
  if (channel === 'room') return 'learner';
  return mode === 'facilitated' ? 'trainer' : 'learner';
}
