import { useEffect, useMemo } from 'react';
import type { StageScoring } from '../../shared/api/commands/stage-scorings';
import type { StatementScore } from '../../shared/domain/stage';
import type { AnswerOf } from '../../shared/kinds/answer-kinds';
import { currentStage, scoringsOfView } from '../../shared/kinds/stage-scores';
import { scoresNow } from '../../shared/plan/gaps';
import { accountExercise } from '../../shared/plan/plan-sources';
import type { Account, Participant } from '../../shared/schemas/workshop';
import { useAnswer, type AnswerHandle } from '../exercises/use-answer';
import { useAppStore } from '../store/store-context';

/** What the learner has worked out about one account in the exercises: C, D (and its scorings), G. */
export interface AccountWork {
  topThree: AnswerHandle<'top-three'>;
  stageScores: AnswerHandle<'stage-scores'>;
  contactMap: AnswerHandle<'contact-map'>;
  /** Every saved scoring, newest first; undefined while loading. */
  scorings: StageScoring[] | undefined;
  /** Our scores: the working ones if any is given, else the latest saved scoring's. */
  ownScores: Array<StatementScore | null>;
  /** Our current stage (latest saved scoring, else complete working scores). */
  current: ReturnType<typeof currentStage>;
  loading: boolean;
}

const EMPTY: StageScoring[] = [];

/** Loads and reads an account's exercise answers and scorings, as the plan's pages need them. */
export function useAccountWork(participant: Participant, account: Account): AccountWork {
  const topThree = useAnswer(participant.id, accountExercise('top-three'), account.id);
  const stageScores = useAnswer(participant.id, accountExercise('stage-scores'), account.id);
  const contactMap = useAnswer(participant.id, accountExercise('contact-map'), account.id);
  const scorings = useAppStore((s) => s.scorings.get(account.id));
  const loadScorings = useAppStore((s) => s.loadScorings);
  useEffect(() => {
    void loadScorings(account.id);
  }, [account.id, loadScorings]);

  const working: AnswerOf<'stage-scores'> = stageScores.answer;
  const derived = useMemo(() => {
    const own = scoringsOfView(scorings ?? EMPTY, 'own');
    return { ownScores: scoresNow(working.scores, own), current: currentStage(working, own) };
  }, [working, scorings]);

  return {
    topThree,
    stageScores,
    contactMap,
    scorings,
    ...derived,
    loading:
      topThree.status === 'loading' ||
      stageScores.status === 'loading' ||
      contactMap.status === 'loading',
  };
}
