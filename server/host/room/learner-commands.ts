/**
 * The learner api: each learner command checked against the learner's own participant,
 * accounts and workshop, then run by the app's api. Nothing else of the api is reachable.
 */
import type { AnswerKey } from '../../../shared/api/commands/answers';
import type { CommandInput, CommandOutput, SyncCommandName } from '../../../shared/api/contract';
import { validationError, type ApiError, type Result } from '../../../shared/api/errors';
import { resolveContent } from '../../../shared/content/resolve-content';
import { learnerSession, type LearnerSession } from '../../../shared/room/learner-view';
import {
  isLearnerCommand,
  learnerCommands,
  LearnerState,
  type LearnerCommandName,
  type LearnerInput,
} from '../../../shared/room/learner-api';
import type { Participant } from '../../../shared/schemas/workshop';
import { callCommand, type Api } from '../../api/create-api';
import type { Learner } from './learners';

/** An api refusal carried up to the learner as it is. */
class Refused extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const forbidden = (message: string) => new Refused({ code: 'forbidden', message });

/** A command's value, run for the trainer (reads the room needs); a refusal is thrown. */
function value<K extends SyncCommandName>(api: Api, name: K, input: CommandInput<K>) {
  const result = callCommand(api, name, input) as Result<CommandOutput<K>>;
  if (!result.ok) throw new Refused(result.error);
  return result.value;
}

/** The session as every learner of a workshop sees it now. */
export function sessionFor(api: Api, workshopId: string, selfPaced: boolean): LearnerSession {
  const content = resolveContent(value(api, 'content:get', { workshopId }));
  const state = value(api, 'facilitation:get', { workshopId });
  return learnerSession(content, state, selfPaced, Date.now());
}

/** The learner as a participant of the room's workshop, with their own accounts only. */
export function participantOf(api: Api, learner: Learner): Participant {
  const detail = value(api, 'workshops:get', { id: learner.workshopId });
  const me = detail.participants.find((p) => p.id === learner.participantId);
  if (!me) throw forbidden('You are no longer on this workshop’s list. Ask the trainer.');
  return me;
}

function ownAccount(api: Api, learner: Learner, accountId: string): void {
  if (!participantOf(api, learner).accounts.some((a) => a.id === accountId))
    throw forbidden('That key account is not one of yours.');
}

function ownKey(learner: Learner, key: AnswerKey): void {
  if (key.participantId !== learner.participantId)
    throw forbidden('You can only see and change your own answers.');
}

/**
 * Saves a learner's answer through the api, marked as the learner's own: the one path by
 * which the room writes answers, so recording who entered an answer needs only this caller.
 */
export function saveLearnerAnswer(
  api: Api,
  learner: Learner,
  input: CommandInput<'answers:save'>,
): Result<CommandOutput<'answers:save'>> {
  return callCommand(api, 'answers:save', input, {
    kind: 'learner',
    participantId: learner.participantId,
    workshopId: learner.workshopId,
  });
}

type Run<K extends LearnerCommandName> = (
  api: Api,
  learner: Learner,
  input: LearnerInput<K>,
  selfPaced: boolean,
) => unknown;

const runs: { readonly [K in LearnerCommandName]: Run<K> } = {
  'learner:state': (api, learner, _input, selfPaced) =>
    LearnerState.parse({
      workshop: value(api, 'workshops:get', { id: learner.workshopId }).workshop,
      me: participantOf(api, learner),
      session: sessionFor(api, learner.workshopId, selfPaced),
    }),
  'learner:add-account': (api, learner, { name }) => {
    value(api, 'accounts:add', { participantId: learner.participantId, name });
    return participantOf(api, learner);
  },
  'answers:get': (api, learner, key) => {
    ownKey(learner, key);
    return value(api, 'answers:get', key);
  },
  'answers:save': (api, learner, input) => {
    ownKey(learner, input);
    const saved = saveLearnerAnswer(api, learner, input);
    if (!saved.ok) throw new Refused(saved.error);
    return saved.value;
  },
  'scorings:list': (api, learner, input) => {
    ownAccount(api, learner, input.accountId);
    return value(api, 'scorings:list', input);
  },
  'scorings:save': (api, learner, input) => {
    ownAccount(api, learner, input.accountId);
    return value(api, 'scorings:save', input);
  },
  'scorings:delete': (api, learner, input) => {
    const own = participantOf(api, learner).accounts.some((account) =>
      value(api, 'scorings:list', { accountId: account.id }).some((s) => s.id === input.id),
    );
    if (!own) throw forbidden('That scoring is not one of yours.');
    return value(api, 'scorings:delete', input);
  },
};

/**
 * Runs one learner command: unknown names (every trainer command among them) are refused,
 * input is checked with the api's own schema, and the command may touch only the learner's
 * own participant, accounts and workshop.
 */
export function runLearnerCommand(
  api: Api,
  learner: Learner,
  name: string,
  rawInput: unknown,
  selfPaced: boolean,
): Result<unknown> {
  if (!isLearnerCommand(name)) {
    return {
      ok: false,
      error: { code: 'unknown-command', message: `The room has no command "${name}".` },
    };
  }
  const input = learnerCommands[name].input.safeParse(rawInput);
  if (!input.success) return { ok: false, error: validationError(input.error) };
  try {
    const run = runs[name] as Run<LearnerCommandName>;
    return { ok: true, value: run(api, learner, input.data as never, selfPaced) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
}
