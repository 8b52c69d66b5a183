import { useId } from 'react';
import { stageInfo } from '../../../shared/course/stages';
import { stages, type Stage } from '../../../shared/domain/stage';
import { LinesEditor, stringLines } from '../../content-editor/lines-editor';
import { ModelText } from '../../content-editor/model-text';
import type { ModelEditorProps } from '../screen-props';

/** A stage choice's answer: the stage, its headline and the points behind it. */
export function StageAnswerEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'stage-choice'>) {
  const id = useId();
  return (
    <>
      <div className="field content-field">
        <label htmlFor={id} className="field__label">
          {definition.letter}’s answer: the stage
        </label>
        <select
          id={id}
          className="input"
          value={model.stage}
          onChange={(e) => onChange({ ...model, stage: e.target.value as Stage })}
        >
          {stages.map((stage) => (
            <option key={stage} value={stage}>
              {stageInfo[stage].label}
            </option>
          ))}
        </select>
      </div>
      <ModelText label="Headline" field="headline" model={model} path={path} onChange={onChange} />
      <LinesEditor
        legend="Points behind it"
        noun="point"
        lines={model.points}
        kind={stringLines}
        path={`${path}.points`}
        onChange={(points) => onChange({ ...model, points })}
      />
    </>
  );
}
