import { useId, useMemo } from 'react';
import { linearOrganisationMap } from '../../../shared/course/example-maps';
import { stageInfo } from '../../../shared/course/stages';
import { diagnoseContactMap } from '../../../shared/domain/contact-map';
import { stages, type Stage } from '../../../shared/domain/stage';
import { ReadOnlyMap } from '../mapper/read-only-map';
import { DiagnosisSummary } from '../mapper/verdict-badge';
import type { ExerciseScreenProps } from '../screen-props';

/** Exercise F: the IT company's "linear organisation", and the stage the learner sees in it. */
export function StageChoiceExercise({
  answer,
  onChange,
  definition,
  revealed,
}: ExerciseScreenProps<'F'>) {
  const ids = { picture: useId(), question: useId(), why: useId(), answer: useId() };
  const diagnosis = useMemo(() => diagnoseContactMap(linearOrganisationMap), []);
  const model = definition.model;
  return (
    <div className="map-screen">
      <figure className="map-panel map-exhibit" aria-labelledby={ids.picture}>
        <figcaption id={ids.picture} className="map-panel__title">
          The global IT company’s picture of its relationship with a key account
        </figcaption>
        <ReadOnlyMap
          map={linearOrganisationMap}
          supplierLabel="Supplier: the IT company"
          customerLabel="Customer: a key account"
          label="The IT company’s contact map: the linear organisation"
          size="large"
        />
      </figure>
      <fieldset className="map-panel stage-choice">
        <legend id={ids.question} className="map-panel__title">
          What stage of relationship does it show?
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
          className="input map-textarea"
          value={answer.why}
          maxLength={4000}
          onChange={(e) => onChange({ ...answer, why: e.currentTarget.value })}
        />
      </fieldset>
      {revealed && model.kind === 'stage-answer' && (
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
