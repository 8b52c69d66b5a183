import { LinesEditor, stringLines } from '../content-editor/lines-editor';
import { ModelText } from '../content-editor/model-text';
import type { ModelEditorProps } from './screen-props';

/** A debrief (top three, contact-map patterns): its introduction and its points. */
export function PointsModelEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'top-three' | 'contact-map'>) {
  return (
    <>
      <ModelText
        label={`${definition.letter}’s debrief: introduction`}
        field="intro"
        model={model}
        path={path}
        onChange={onChange}
      />
      <LinesEditor
        legend="Debrief points"
        noun="point"
        lines={model.points}
        kind={stringLines}
        path={`${path}.points`}
        onChange={(points) => onChange({ ...model, points })}
      />
    </>
  );
}
