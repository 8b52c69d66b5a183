import { useId } from 'react';
import type { DebriefModel } from '../../../shared/kinds/top-three';

/** The trainer's debrief of a top three; the screen renders it only after the reveal. */
export function Debrief({ model }: { model: DebriefModel }) {
  const headingId = useId();
  return (
    <section className="exercise-card exercise-card--model" aria-labelledby={headingId}>
      <h3 id={headingId} className="exercise-card__title">
        Debrief
      </h3>
      <p className="exercise-card__lead">{model.intro}</p>
      <ul className="debrief-list">
        {model.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
