import { TextField } from '../../content-editor/text-field';
import type { ModelEditorProps } from '../screen-props';

/** Stage scores' reveal: the line above what relationships at each stage are like. */
export function StageModelEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'stage-scores'>) {
  return (
    <TextField
      label={`${definition.letter}’s reveal: introduction`}
      hint="Shown above the course’s description of each stage."
      value={model.intro}
      path={`${path}.intro`}
      onChange={(intro) => onChange({ ...model, intro })}
    />
  );
}
