import type { answerCommands } from '../../../shared/api/commands/answers';
import { checkAnswerOwner, saveAnswer } from '../../services/answers/save-answer';
import { getAnswer } from '../../store/repositories/answers';
import { parseStoredJson } from '../../store/stored-json';
import type { HandlerTable } from '../context';

export const answerHandlers: HandlerTable<keyof typeof answerCommands> = {
  'answers:get': (ctx, key) => {
    const { what } = checkAnswerOwner(ctx, key);
    const row = getAnswer(ctx.db, key);
    return row ? { ...row, payload: parseStoredJson(row.payload, () => what) } : null;
  },

  // The trainer's own api: what it saves in a facilitated workshop the trainer typed.
  'answers:save': (ctx, { payload, ...key }) => saveAnswer(ctx, key, payload, 'trainer-api'),
};
