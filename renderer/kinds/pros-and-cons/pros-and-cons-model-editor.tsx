import { ItemsEditor } from '../../content-editor/items-editor';
import { TextField } from '../../content-editor/text-field';
import type { ModelEditorProps } from '../screen-props';

/** Pros and cons' model answer: its introduction, the good, the bad and the conclusion. */
export function ProsAndConsModelEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'pros-and-cons'>) {
  return (
    <>
      <TextField
        label={`${definition.letter}’s model answer: introduction`}
        value={model.intro}
        path={`${path}.intro`}
        onChange={(intro) => onChange({ ...model, intro })}
      />
      <ItemsEditor
        legend={`What is good about ${definition.subject}`}
        noun="good point"
        items={model.positives}
        path={`${path}.positives`}
        onChange={(positives) => onChange({ ...model, positives })}
      />
      <ItemsEditor
        legend="What is bad about them"
        noun="bad point"
        items={model.negatives}
        path={`${path}.negatives`}
        onChange={(negatives) => onChange({ ...model, negatives })}
      />
      <TextField
        label="Conclusion"
        value={model.conclusion}
        path={`${path}.conclusion`}
        onChange={(conclusion) => onChange({ ...model, conclusion })}
      />
    </>
  );
}
