import type { Answer, AnswerKey } from '../../../shared/api/commands/answers';
import { formatIssuePath } from '../../../shared/api/errors';
import { exerciseByLetter } from '../../../shared/course/exercises';
import { answerSchemaOf } from '../../../shared/exercises/answers';
import { whoEntered, type AnswerChannel } from '../../../shared/exercises/entered-by';
import { AppError, notFound } from '../../errors/app-error';
import { getAccount } from '../../store/repositories/accounts';
import { upsertAnswer } from '../../store/repositories/answers';
import { getParticipant } from '../../store/repositories/participants';
import { getWorkshop } from '../../store/repositories/workshops';
import { describeAnswer } from '../describe-answer';
import type { ServiceContext } from '../service-context';

/**
 * Checks that the answer's owner exists and suits the exercise; returns the workshop id and
 * the answer described in words.
 */
export function checkAnswerOwner(
  ctx: Pick<ServiceContext, 'db'>,
  key: AnswerKey,
): { workshopId: string; what: string } {
  const participant = getParticipant(ctx.db, key.participantId);
  if (!participant) throw notFound('This participant');
  const owner = exerciseByLetter(key.exercise).owner;
  if (owner === 'participant' && key.accountId !== null) {
    throw new AppError(
      'validation',
      `Exercise ${key.exercise} belongs to the participant, not to an account.`,
      'accountId',
    );
  }
  if (owner === 'account') {
    if (key.accountId === null) {
      throw new AppError(
        'validation',
        `Exercise ${key.exercise} is answered for one key account: choose the account.`,
        'accountId',
      );
    }
    const account = getAccount(ctx.db, key.accountId);
    if (!account || account.participantId !== key.participantId) throw notFound('This account');
    return {
      workshopId: participant.workshopId,
      what: describeAnswer(participant.name, key.exercise, account.name),
    };
  }
  return {
    workshopId: participant.workshopId,
    what: describeAnswer(participant.name, key.exercise),
  };
}

/**
 * Saves one answer as typed, checked against its exercise's schema, marked with who entered
 * it: the channel it came by (the trainer's api, or a learner's device in the room) and the
 * workshop's mode decide, by `whoEntered`.
 */
export function saveAnswer(
  ctx: ServiceContext,
  key: AnswerKey,
  payload: unknown,
  channel: AnswerChannel,
): Answer {
  const { workshopId } = checkAnswerOwner(ctx, key);
  const parsed = answerSchemaOf(key.exercise).safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatIssuePath(['payload', ...(issue?.path ?? [])]);
    throw new AppError('validation', `${path}: ${issue?.message ?? 'not a valid answer'}`, path);
  }
  const workshop = getWorkshop(ctx.db, workshopId);
  if (!workshop) throw notFound('This workshop');
  const enteredBy = whoEntered(channel, workshop.mode);
  const updatedAt = ctx.now().toISOString();
  const revision = upsertAnswer(ctx.db, key, JSON.stringify(parsed.data), updatedAt, enteredBy);
  ctx.emit({ type: 'answer-saved', workshopId, ...key, revision });
  return { ...key, payload: parsed.data, revision, updatedAt, enteredBy };
}
