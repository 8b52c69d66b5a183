import { useId } from 'react';
import { stageInfo } from '../../../shared/course/stages';
import type { Stage } from '../../../shared/domain/stage';
import { stageWithArticle } from './stage-words';

/** What a relationship at the scored stage is like, from the course's stage model. */
export function StageCharacteristics({ stage }: { stage: Stage }) {
  const headingId = useId();
  return (
    <section
      className={`exercise-card stage-card stage-card--${stage}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="exercise-card__title">
        What {stageWithArticle(stage)} relationship looks like
      </h3>
      <ul className="trait-list">
        {stageInfo[stage].characteristics.map((trait) => (
          <li key={trait}>{trait}</li>
        ))}
      </ul>
    </section>
  );
}
