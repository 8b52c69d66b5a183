/**
 * The room's learner api: what a learner's page may ask of the laptop, over the room's
 * network. Learners' commands reuse the api's own schemas; the room checks that each one
 * touches only the learner's own participant, accounts and workshop.
 */
import { z } from 'zod';
import { answerCommands } from '../api/commands/answers';
import { stageScoringCommands } from '../api/commands/stage-scorings';
import { ExerciseLetter } from '../exercises/letters';
import { Id, Name } from '../schemas/common';
import { Participant, Workshop } from '../schemas/workshop';
import { LearnerSession } from './learner-view';
import { RoomCode } from './room-code';

/** Everything a learner's page needs to show the session as themselves. */
export const LearnerState = z.object({
  workshop: Workshop,
  /** The learner, with their own key accounts only. */
  me: Participant,
  session: LearnerSession,
});
export type LearnerState = z.infer<typeof LearnerState>;

export const learnerCommands = {
  'learner:state': { input: z.strictObject({}), output: LearnerState },
  /** Adds a key account of the learner's own, for the exercises about one. */
  'learner:add-account': { input: z.strictObject({ name: Name }), output: Participant },
  'answers:get': answerCommands['answers:get'],
  'answers:save': answerCommands['answers:save'],
  'scorings:list': stageScoringCommands['scorings:list'],
  'scorings:save': stageScoringCommands['scorings:save'],
  'scorings:delete': stageScoringCommands['scorings:delete'],
} as const;

export type LearnerCommands = typeof learnerCommands;
export type LearnerCommandName = keyof LearnerCommands;
/** What a learner command receives once its input is checked. */
export type LearnerInput<K extends LearnerCommandName> = z.output<LearnerCommands[K]['input']>;
/** What a learner command answers. */
export type LearnerOutput<K extends LearnerCommandName> = z.output<LearnerCommands[K]['output']>;

export function isLearnerCommand(name: string): name is LearnerCommandName {
  return Object.hasOwn(learnerCommands, name);
}

/** The command that opens the learner's event stream instead of answering once. */
export const LEARNER_EVENTS = 'learner:events';

/** What the laptop tells a learner's page as it happens, about the session and their own work. */
export const LearnerEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session'), session: LearnerSession }),
  z.strictObject({ type: z.literal('me'), me: Participant }),
  z.strictObject({
    type: z.literal('answer-saved'),
    exercise: ExerciseLetter,
    accountId: Id.nullable(),
    revision: z.int(),
  }),
  z.strictObject({ type: z.literal('scorings-changed'), accountId: Id }),
  /** The trainer closed the room: the learner's session has ended. */
  z.strictObject({ type: z.literal('closed') }),
]);
export type LearnerEvent = z.infer<typeof LearnerEvent>;

/** Asked before joining: the workshop and the names to pick from. */
export const LobbyRequest = z.strictObject({ code: RoomCode });
export const Lobby = z.strictObject({
  workshopTitle: z.string(),
  participants: z.array(z.strictObject({ id: Id, name: z.string() })),
  allowNewNames: z.boolean(),
});
export type Lobby = z.infer<typeof Lobby>;

/** Joining as a name on the list (or a new one, where allowed), or as a participant by id. */
export const JoinRequest = z.union([
  z.strictObject({ code: RoomCode, participantId: Id }),
  z.strictObject({ code: RoomCode, name: Name }),
]);
export type JoinRequest = z.input<typeof JoinRequest>;

export const Joined = z.strictObject({ token: z.string(), participantId: Id });
export type Joined = z.infer<typeof Joined>;

/** The room listener's paths: the learner page, and the learner api. */
export const roomPaths = {
  page: '/room/',
  lobby: '/room/lobby',
  join: '/room/join',
  command: (name: string) => `/room/api/${encodeURIComponent(name)}`,
} as const;
