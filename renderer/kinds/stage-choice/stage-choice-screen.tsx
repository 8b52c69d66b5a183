import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import { useId, useMemo } from 'react';
import { stageInfo } from '../../../shared/course/stages';
import { diagnoseContactMap } from '../../../shared/domain/contact-map';
import { stages, type Stage } from '../../../shared/domain/stage';
import { ReadOnlyMap } from '../../mapper/read-only-map';
import { DiagnosisSummary } from '../../mapper/verdict-badge';
import type { ExerciseScreenProps } from '../screen-props';
import '../../mapper/map-panel.css';
import './stage-choice.css';

/** A stage choice (F): the exhibit, and the stage the learner sees in it. */
export function StageChoiceScreen({
  answer,
  onChange,
  definition,
  revealed,
}: ExerciseScreenProps<'stage-choice'>) {
  const ids = { picture: useId(), question: useId(), why: useId(), answer: useId() };
  const { exhibit, model } = definition;
  const diagnosis = useMemo(() => diagnoseContactMap(exhibit.map), [exhibit.map]);
  return (
    <div className="map-screen stage-choice-screen">
      <figure className="map-panel map-exhibit" aria-labelledby={ids.picture}>
        <figcaption id={ids.picture} className="map-panel__title">
          {exhibit.caption}
        </figcaption>
        <ReadOnlyMap
          map={exhibit.map}
          supplierLabel={exhibit.supplierLabel}
          customerLabel={exhibit.customerLabel}
          label={exhibit.description}
          size="large"
        />
      </figure>
      <fieldset className="map-panel stage-choice">
        <legend id={ids.question} className="map-panel__title">
          {definition.choiceQuestion}
        </legend>
        <div className="stage-choice__options">
          {stages.map((stage: Stage) => (
            <label key={stage} className="stage-choice__option">
              <input
                type="radio"
                name="stage-choice"
                value={stage}
                checked={answer.stage === stage}
                onChange={() => onChange({ ...answer, stage })}
              />
              {stageInfo[stage].label}
            </label>
          ))}
        </div>
        <label className="field__label" htmlFor={ids.why}>
          Why?
        </label>
        <textarea
          id={ids.why}
          className="input stage-choice__why"
          value={answer.why}
          maxLength={MAX_ANSWER_CHARS}
          onChange={(e) => onChange({ ...answer, why: e.currentTarget.value })}
        />
      </fieldset>
      {revealed && (
        <section className="map-panel map-debrief" aria-labelledby={ids.answer}>
          <h2 id={ids.answer} className="map-panel__title">
            {model.headline}
          </h2>
          <ul className="map-debrief__points">
            {model.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <h3 className="map-debrief__subtitle">What the map itself shows</h3>
          <DiagnosisSummary diagnosis={diagnosis} headingLevel={4} />
        </section>
      )}
    </div>
  );
}
