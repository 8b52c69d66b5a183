import type { stageScoringCommands } from '../../../shared/api/commands/stage-scorings';
import { scoreStatements } from '../../../shared/domain/stage';
import { isAnswered, readAnswer } from '../../../shared/kinds/answer-kinds';
import { repeatedScoring } from '../../../shared/kinds/stage-scores';
import type { ContactMapAnswer } from '../../../shared/kinds/contact-map';
import { accountExercise } from '../../../shared/plan/plan-sources';
import { getAccount, type AccountRow } from '../../store/repositories/accounts';
import { getAnswer } from '../../store/repositories/answers';
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

/**
 * The account's contact map as it is now, kept with our own scoring so progress shows the
 * stage and the map side by side; null while no one is on the map.
 */
function mapSnapshot(ctx: HandlerContext, account: AccountRow): ContactMapAnswer | null {
  const letter = accountExercise('contact-map').letter;
  const row = getAnswer(ctx.db, {
    participantId: account.participantId,
    exercise: letter,
    accountId: account.id,
  });
  const map = readAnswer('contact-map', row ? JSON.parse(row.payload) : null);
  return isAnswered('contact-map', map) ? map : null;
}

export const stageScoringHandlers: HandlerTable<keyof typeof stageScoringCommands> = {
  'scorings:save': (ctx, { accountId, scores, view }) => {
    const account = accountOrFail(ctx, accountId);
    const repeated = repeatedScoring(listStageScorings(ctx.db, accountId), scores, view, ctx.now());
    if (repeated) return repeated;
    // Six scores are guaranteed by the schema, so total and stage are never null here.
    const { total, stage } = scoreStatements(scores);
    const map = view === 'own' ? mapSnapshot(ctx, account) : null;
    const scoring = {
      id: ctx.newId(),
      accountId,
      scores,
      total: total ?? 0,
      stage: stage ?? 'basic',
      scoredAt: ctx.now().toISOString(),
      view,
      ...(map ? { map } : {}),
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
