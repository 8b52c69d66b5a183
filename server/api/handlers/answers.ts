import type { answerCommands, AnswerKey } from '../../../shared/api/commands/answers';
import { formatIssuePath } from '../../../shared/api/errors';
import { exerciseByLetter } from '../../../shared/course/exercises';
import { answerSchemaOf } from '../../../shared/exercises/answers';
import { getAccount } from '../../store/repositories/accounts';
import { getAnswer, upsertAnswer } from '../../store/repositories/answers';
import { getParticipant } from '../../store/repositories/participants';
import { parseStoredJson } from '../../store/stored-json';
import { describeAnswer } from '../../services/describe-answer';
import { AppError, notFound } from '../../errors/app-error';
import type { HandlerContext, HandlerTable } from '../context';

/**
 * Checks that the answer's owner exists and suits the exercise; returns the workshop id and
 * the answer described in words.
 */
function checkOwner(ctx: HandlerContext, key: AnswerKey): { workshopId: string; what: string } {
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

export const answerHandlers: HandlerTable<keyof typeof answerCommands> = {
  'answers:get': (ctx, key) => {
    const { what } = checkOwner(ctx, key);
    const row = getAnswer(ctx.db, key);
    return row ? { ...row, payload: parseStoredJson(row.payload, () => what) } : null;
  },

  'answers:save': (ctx, { payload, ...key }) => {
    const { workshopId } = checkOwner(ctx, key);
    const parsed = answerSchemaOf(key.exercise).safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = formatIssuePath(['payload', ...(issue?.path ?? [])]);
      throw new AppError('validation', `${path}: ${issue?.message ?? 'not a valid answer'}`, path);
    }
    const updatedAt = ctx.now().toISOString();
    const revision = upsertAnswer(ctx.db, key, JSON.stringify(parsed.data), updatedAt);
    ctx.emit({ type: 'answer-saved', workshopId, ...key, revision });
    return { ...key, payload: parsed.data, revision, updatedAt };
  },
};
