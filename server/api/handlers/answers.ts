import type { answerCommands, AnswerKey } from '../../../shared/api/commands/answers';
import { exerciseByLetter } from '../../../shared/course/exercises';
import { answerSchemaOf } from '../../../shared/exercises/answers';
import { getAnswer, upsertAnswer } from '../../store/repositories/answers';
import type { HandlerContext, HandlerTable } from '../context';
import { checkOwner, parsePayload } from './owned-payload';

/** Checks that the answer's owner exists and suits the exercise; returns the workshop id. */
function checkAnswerOwner(ctx: HandlerContext, key: AnswerKey): string {
  return checkOwner(ctx, key, exerciseByLetter(key.exercise).owner, `Exercise ${key.exercise}`);
}

export const answerHandlers: HandlerTable<keyof typeof answerCommands> = {
  'answers:get': (ctx, key) => {
    checkAnswerOwner(ctx, key);
    const row = getAnswer(ctx.db, key);
    return row ? { ...row, payload: JSON.parse(row.payload) as unknown } : null;
  },

  'answers:save': (ctx, { payload, ...key }) => {
    const workshopId = checkAnswerOwner(ctx, key);
    const parsed = parsePayload(answerSchemaOf(key.exercise), payload, 'answer');
    const updatedAt = ctx.now().toISOString();
    const revision = upsertAnswer(ctx.db, key, JSON.stringify(parsed), updatedAt);
    ctx.emit({ type: 'answer-saved', workshopId, ...key, revision });
    return { ...key, payload: parsed, revision, updatedAt };
  },
};
