import { ModelText } from '../../content-editor/model-text';
import type { ModelEditorProps } from '../screen-props';

/** Stage scores' reveal: the line above what relationships at each stage are like. */
export function StageModelEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'stage-scores'>) {
  return (
    <ModelText
      label={`${definition.letter}’s reveal: introduction`}
      hint="Shown above the course’s description of each stage."
      field="intro"
      model={model}
      path={path}
      onChange={onChange}
    />
  );
}
