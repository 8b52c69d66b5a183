import { useMemo } from 'react';
import { scoringsOfView } from '../../shared/kinds/stage-scores';
import { planGaps, scoresNow } from '../../shared/plan/gaps';
import type { AccountWork } from './use-account-work';
import type { PlanPartHandle } from './use-plan-part';

/** The gaps an account's plan can close, found afresh as the work behind them changes. */
export function usePlanGaps(
  work: AccountWork,
  customerView: PlanPartHandle<'customer-view'>,
  target: PlanPartHandle<'target-map'>,
  layers: PlanPartHandle<'layers'>,
) {
  const topThree = work.topThree.answer;
  const map = work.contactMap.answer;
  const stage = work.current?.stage ?? null;
  return useMemo(
    () =>
      planGaps({
        topThree,
        ownScores: work.ownScores,
        customerScores: scoresNow(
          customerView.value.scores,
          scoringsOfView(work.scorings ?? [], 'customer'),
        ),
        stage,
        map,
        target: target.begun ? target.value : null,
        layers: layers.value,
      }),
    [
      topThree,
      work.ownScores,
      customerView.value,
      stage,
      map,
      target.begun,
      target.value,
      layers.value,
    ],
  );
}
