import { ItemsEditor } from '../../content-editor/items-editor';
import { TextField } from '../../content-editor/text-field';
import type { ModelEditorProps } from '../screen-props';

/** A list's model answer: its introduction, its items and the theme that ties them together. */
export function ListModelEditor({ definition, model, path, onChange }: ModelEditorProps<'list'>) {
  return (
    <>
      <TextField
        label={`${definition.letter}’s model answer: introduction`}
        value={model.intro}
        path={`${path}.intro`}
        onChange={(intro) => onChange({ ...model, intro })}
      />
      <ItemsEditor
        legend="Model items"
        noun="model item"
        items={model.items}
        path={`${path}.items`}
        onChange={(items) => onChange({ ...model, items })}
      />
      <TextField
        label="Theme"
        value={model.theme}
        path={`${path}.theme`}
        onChange={(theme) => onChange({ ...model, theme })}
      />
    </>
  );
}
