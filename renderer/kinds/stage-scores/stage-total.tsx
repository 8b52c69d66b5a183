import { stageInfo } from '../../../shared/course/stages';
import { MAX_TOTAL, STATEMENT_COUNT, type Stage } from '../../../shared/domain/stage';
import { BandBar } from './band-bar';

interface StageTotalProps {
  total: number | null;
  answered: number;
  stage: Stage | null;
}

/** The running total and stage; incomplete until all six are answered, never a partial sum. */
export function StageTotal({ total, answered, stage }: StageTotalProps) {
  return (
    <section className="exercise-card stage-total" aria-label="Total and stage">
      <p className="stage-total__line" role="status">
        {total === null || stage === null ? (
          <span className="stage-total__incomplete">
            Total: incomplete — {answered} of {STATEMENT_COUNT} answered
          </span>
        ) : (
          <>
            <span className="stage-total__value">
              Total: {total} of {MAX_TOTAL}
            </span>
            <span className={`stage-pill stage-pill--${stage}`}>{stageInfo[stage].label}</span>
          </>
        )}
      </p>
      <BandBar total={total} stage={stage} />
    </section>
  );
}
