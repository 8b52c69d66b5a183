import { useId } from 'react';
import { stageStatements } from '../../../shared/course/stage-statements';
import { stageInfo } from '../../../shared/course/stages';
import { MAX_STATEMENT_SCORE, stages } from '../../../shared/domain/stage';
import { stageColours } from '../../../shared/format/domain-colours';
import { CountBars } from '../results-parts';
import type { ResultsView } from '../screen-props';

/** Stage scores in the room: how many accounts sit at each stage, and each statement's mean. */
export const StageScoresResultsView: ResultsView<'stage-scores'> = ({ results }) => {
  const headingId = useId();
  const placed = Object.values(results.stages).reduce((a, b) => a + b, 0);
  return (
    <div className="results-grid">
      <CountBars
        title="Accounts at each stage"
        of={Math.max(placed, 1)}
        unit="accounts"
        bars={stages.map((stage) => ({
          key: stage,
          label: stageInfo[stage].label,
          count: results.stages[stage] ?? 0,
          colour: stageColours[stage].strong,
        }))}
      />
      <section className="results-block" aria-labelledby={headingId}>
        <h3 id={headingId} className="results-block__title">
          Average per statement (0–{MAX_STATEMENT_SCORE})
        </h3>
        <ol className="statement-averages">
          {stageStatements.map((statement, i) => {
            const average = results.averages[i] ?? null;
            return (
              <li key={statement.id} className="statement-averages__item">
                <span className="statement-averages__text">{statement.text}</span>
                <span className="statement-averages__value">
                  {average === null ? '—' : average.toFixed(1)}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
};
