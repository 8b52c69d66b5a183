import { LinesEditor, stringLines } from '../content-editor/lines-editor';
import { TextField } from '../content-editor/text-field';
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
      <TextField
        label={`${definition.letter}’s debrief: introduction`}
        value={model.intro}
        path={`${path}.intro`}
        onChange={(intro) => onChange({ ...model, intro })}
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
