/** What an account's plan page says, read from the account's work in one place. */
import { diagnoseContactMap, singleThreads } from '../../../../shared/domain/contact-map';
import { scoreStatements } from '../../../../shared/domain/stage';
import { compareStageWithMap } from '../../../../shared/domain/stage-versus-map';
import { targetMapDiff } from '../../../../shared/domain/target-map';
import { answerTo } from '../../../../shared/exercises/answers';
import { currentStage } from '../../../../shared/kinds/stage-scores';
import { gapsWithoutAction, planGaps, scoresNow } from '../../../../shared/plan/gaps';
import { weighLayers } from '../../../../shared/plan/layers';
import { readPlanPart } from '../../../../shared/plan/plan-parts';
import { accountExercise } from '../../../../shared/plan/plan-sources';
import { summarisePractices } from '../../../../shared/plan/practices';
import { summariseReadiness } from '../../../../shared/plan/readiness';
import { headingsWritten } from '../../../../shared/plan/buyer-lens';
import type { AccountAnswers, ParticipantAnswers } from '../document-data';

/** Everything the plan page shows about one account. */
export function readAccountPlan(participant: ParticipantAnswers, account: AccountAnswers) {
  const exercise = <K extends 'top-three' | 'stage-scores' | 'contact-map'>(kind: K) =>
    answerTo(account.answers, accountExercise(kind));
  const working = exercise('stage-scores');
  const map = exercise('contact-map');
  const part = <P extends keyof typeof account.plan>(name: P) =>
    readPlanPart(name, account.plan[name] ?? null);
  const customerView = part('customer-view');
  const customerScores = scoresNow(customerView.scores, account.customerScorings);
  const current = currentStage(working, account.scorings);
  const diagnosis = diagnoseContactMap(map);
  const target = account.plan['target-map'] ?? null;
  const layers = part('layers');
  const actions = part('actions').actions;
  const gaps = planGaps({
    topThree: exercise('top-three'),
    ownScores: scoresNow(working.scores, account.scorings),
    customerScores,
    stage: current?.stage ?? null,
    map,
    target,
    layers,
  });
  const theirs = scoreStatements(customerScores);
  return {
    current,
    customer: {
      total: theirs.total,
      stage: theirs.stage,
      answered: theirs.answered,
      scoredBy: customerView.scoredBy,
    },
    diagnosis,
    comparison: compareStageWithMap(current?.stage ?? null, diagnosis),
    actions,
    openGaps: gapsWithoutAction(gaps, actions),
    threads: singleThreads(map).map((id) => map.people.find((p) => p.id === id)!),
    layers: weighLayers(layers),
    target: target ? targetMapDiff(map, target) : null,
    readiness: summariseReadiness(part('readiness')),
    practices: summarisePractices(readPlanPart('practices', participant.plan.practices ?? null)),
    buyerHeadings: headingsWritten(part('buyer-lens')),
    /** Every scoring, both views, newest first. */
    scorings: [...account.scorings, ...account.customerScorings].sort((a, b) =>
      a.scoredAt < b.scoredAt ? 1 : a.scoredAt > b.scoredAt ? -1 : 0,
    ),
  };
}

export type AccountPlanReading = ReturnType<typeof readAccountPlan>;
