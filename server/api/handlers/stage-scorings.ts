import type { stageScoringCommands } from '../../../shared/api/commands/stage-scorings';
import { scoreStatements } from '../../../shared/domain/stage';
import { getAccount } from '../../store/repositories/accounts';
import {
  deleteStageScoring,
  insertStageScoring,
  listStageScorings,
} from '../../store/repositories/stage-scorings';
import { notFound } from '../../errors/app-error';
import type { HandlerContext, HandlerTable } from '../context';

function accountOrFail(ctx: HandlerContext, id: string) {
  const account = getAccount(ctx.db, id);
  if (!account) throw notFound('This account');
  return account;
}

export const stageScoringHandlers: HandlerTable<keyof typeof stageScoringCommands> = {
  'scorings:save': (ctx, { accountId, scores }) => {
    const account = accountOrFail(ctx, accountId);
    // Six scores are guaranteed by the schema, so total and stage are never null here.
    const { total, stage } = scoreStatements(scores);
    const scoring = {
      id: ctx.newId(),
      accountId,
      scores,
      total: total ?? 0,
      stage: stage ?? 'basic',
      scoredAt: ctx.now().toISOString(),
    };
    insertStageScoring(ctx.db, scoring);
    ctx.emit({ type: 'scorings-changed', workshopId: account.workshopId, accountId });
    return scoring;
  },

  'scorings:list': (ctx, { accountId }) => {
    accountOrFail(ctx, accountId);
    return listStageScorings(ctx.db, accountId);
  },

  'scorings:delete': (ctx, { id }) => {
    const accountId = deleteStageScoring(ctx.db, id);
    if (!accountId) throw notFound('This scoring');
    const account = accountOrFail(ctx, accountId);
    ctx.emit({ type: 'scorings-changed', workshopId: account.workshopId, accountId });
    return { id };
  },
};
