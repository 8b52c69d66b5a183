import { ItemsEditor } from '../../content-editor/items-editor';
import { ModelText } from '../../content-editor/model-text';
import type { ModelEditorProps } from '../screen-props';

/** Pros and cons' model answer: its introduction, the good, the bad and the conclusion. */
export function ProsAndConsModelEditor({
  definition,
  model,
  path,
  onChange,
}: ModelEditorProps<'pros-and-cons'>) {
  const common = { model, path, onChange };
  const sides = [
    ['positives', `What is good about ${definition.subject}`, 'good point'],
    ['negatives', 'What is bad about them', 'bad point'],
  ] as const;
  return (
    <>
      <ModelText
        label={`${definition.letter}’s model answer: introduction`}
        field="intro"
        {...common}
      />
      {sides.map(([side, legend, noun]) => (
        <ItemsEditor
          key={side}
          legend={legend}
          noun={noun}
          items={model[side]}
          path={`${path}.${side}`}
          onChange={(items) => onChange({ ...model, [side]: items })}
        />
      ))}
      <ModelText label="Conclusion" field="conclusion" {...common} />
    </>
  );
}
