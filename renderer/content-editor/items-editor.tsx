import { newItemId } from '../kinds/list/new-id';
import { LinesEditor, type LineKind } from './lines-editor';

/** A model answer's idea: learners match their own items to it by its id. */
interface Item {
  id: string;
  text: string;
}

/** Model items as lines: an edited or moved item keeps its id, a new one gets a new id. */
const itemLines: LineKind<Item> = {
  textOf: (item) => item.text,
  withText: (item, text) => ({ ...item, text }),
  create: () => ({ id: `own-${newItemId()}`, text: '' }),
};

interface ItemsEditorProps {
  legend: string;
  noun: string;
  items: readonly Item[];
  path: string;
  onChange(items: Item[]): void;
}

/** A model answer's items, edited as lines; learners' matches follow the ids. */
export function ItemsEditor({ legend, noun, items, path, onChange }: ItemsEditorProps) {
  return (
    <LinesEditor
      legend={legend}
      noun={noun}
      lines={items}
      kind={itemLines}
      path={path}
      pathSuffix=".text"
      onChange={onChange}
    />
  );
}
