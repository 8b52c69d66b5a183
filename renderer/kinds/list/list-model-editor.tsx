import { ItemsEditor } from '../../content-editor/items-editor';
import { ModelText } from '../../content-editor/model-text';
import type { ModelEditorProps } from '../screen-props';

/** A list's model answer: its introduction, its items and the theme that ties them together. */
export function ListModelEditor({ definition, model, path, onChange }: ModelEditorProps<'list'>) {
  const common = { model, path, onChange };
  return (
    <>
      <ModelText
        label={`${definition.letter}’s model answer: introduction`}
        field="intro"
        {...common}
      />
      <ItemsEditor
        legend="Model items"
        noun="model item"
        items={model.items}
        path={`${path}.items`}
        onChange={(items) => onChange({ ...model, items })}
      />
      <ModelText label="Theme" field="theme" {...common} />
    </>
  );
}
