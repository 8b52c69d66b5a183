import { useId } from 'react';
import { stageInfo } from '../../../shared/course/stages';
import { stages, type Stage } from '../../../shared/domain/stage';

/** The revealed model: all four stages side by side, the learner's own stage marked. */
export function AllStages({ intro, current }: { intro: string; current: Stage | null }) {
  const headingId = useId();
  return (
    <section className="exercise-card exercise-card--model" aria-labelledby={headingId}>
      <h3 id={headingId} className="exercise-card__title">
        The four stages
      </h3>
      <p className="exercise-card__lead">{intro}</p>
      <div className="stage-columns">
        {stages.map((stage) => (
          <article
            key={stage}
            aria-labelledby={`${headingId}-${stage}`}
            className={`stage-column stage-column--${stage}${stage === current ? ' stage-column--current' : ''}`}
          >
            <h4 id={`${headingId}-${stage}`} className="stage-column__title">
              {stageInfo[stage].label}
              {stage === current && <span className="tag tag--accent">Your stage</span>}
            </h4>
            <ul className="trait-list trait-list--compact">
              {stageInfo[stage].characteristics.map((trait) => (
                <li key={trait}>{trait}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
