import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  addItems,
  editItem,
  moveItem,
  removeItem,
  restoreItem,
  type RemovedItem,
} from '../../../shared/domain/list';
import type { ListItem, ModelMatch } from '../../../shared/kinds/list';
import { plural } from '../../../shared/format/plural';
import { AddItemField } from './add-item-field';
import { ListItemRow, type RowPart } from './list-item-row';
import { newItemId } from './new-id';
import { UndoBar } from './undo-bar';
import { useDragReorder } from './use-drag-reorder';
import './list.css';

/** A list's items with the matches that refer to them (E shares one matches array by two lists). */
export interface ListChange {
  items: ListItem[];
  matches: ModelMatch[];
}

interface ListEditorProps {
  /** The list's visible heading, e.g. "Your ideas". */
  title: string;
  /** One item, in words: "idea" gives "Edit idea 3: …" and "4 ideas". */
  noun: string;
  emptyText: string;
  items: readonly ListItem[];
  matches: readonly ModelMatch[];
  onChange(next: ListChange): void;
  /** Extra controls under an item's text, e.g. its match to the model answer. */
  renderExtra?(item: ListItem): ReactNode;
}

/** A numbered list of ideas a learner can add to, paste into, edit, reorder and delete from. */
export function ListEditor({
  title,
  noun,
  emptyText,
  items,
  matches,
  onChange,
  renderExtra,
}: ListEditorProps) {
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const addField = useRef<HTMLInputElement>(null);
  const [removed, setRemoved] = useState<RemovedItem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes once React has shown the change (a moved row is re-inserted, which blurs it).
  const pendingFocus = useRef<{ id: string; part: RowPart } | null>(null);
  // A drag is a pointer gesture: focus stays wherever it was.
  const drag = useDragReorder((id, toIndex) => move(id, toIndex, null));

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target || !root.current) return;
    pendingFocus.current = null;
    const row = root.current.querySelector(`[data-item-id="${target.id}"]`);
    // A move button that just became disabled hands focus to its twin, then to the text.
    const order: RowPart[] = [target.part, target.part === 'up' ? 'down' : 'up', 'field'];
    const element = order
      .map((part) => row?.querySelector<HTMLElement>(`[data-part="${part}"]`))
      .find((el) => el && !(el as HTMLButtonElement).disabled);
    element?.focus();
  });

  function add(texts: string[]) {
    const next = addItems(items, texts, newItemId);
    onChange({ items: next, matches: [...matches] });
    if (texts.length > 1) setAnnouncement(`Added ${plural(next.length - items.length, noun)}.`);
  }

  function move(id: string, toIndex: number, keepFocusOn: RowPart | null) {
    if (toIndex < 0 || toIndex >= items.length) return;
    const next = moveItem(items, id, toIndex);
    if (keepFocusOn) pendingFocus.current = { id, part: keepFocusOn };
    onChange({ items: next, matches: [...matches] });
    const text = items.find((item) => item.id === id)?.text ?? '';
    setAnnouncement(`Moved “${text}” to position ${toIndex + 1} of ${items.length}.`);
  }

  function remove(id: string) {
    const index = items.findIndex((item) => item.id === id);
    const result = removeItem(items, matches, id);
    if (!result.removed) return;
    // Focus stays in the list: on the item that took this one's place, or the add field.
    const neighbour = items[index + 1] ?? items[index - 1];
    if (neighbour) pendingFocus.current = { id: neighbour.id, part: 'field' };
    else addField.current?.focus();
    setRemoved(result.removed);
    onChange({ items: result.items, matches: result.matches });
  }

  function undo() {
    if (!removed) return;
    onChange(restoreItem(items, matches, removed));
    pendingFocus.current = { id: removed.item.id, part: 'field' };
    setRemoved(null);
    setAnnouncement(`Restored “${removed.item.text}”.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const undoKey =
      (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
    // Without a pending delete, Ctrl+Z keeps its usual meaning in the text fields.
    if (!undoKey || !removed) return;
    event.preventDefault();
    undo();
  }

  return (
    <section ref={root} className="list-editor" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <header className="list-editor__head">
        <h3 id={headingId} className="list-editor__title">
          {title}
        </h3>
        <span className="list-editor__count">{plural(items.length, noun)}</span>
      </header>
      {items.length === 0 ? (
        <p className="list-editor__empty">{emptyText}</p>
      ) : (
        <ol className="list-editor__items" aria-labelledby={headingId}>
          {items.map((item, index) => (
            <ListItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              noun={noun}
              onEdit={(text) =>
                onChange({ items: editItem(items, item.id, text), matches: [...matches] })
              }
              onMove={(toIndex, part) => move(item.id, toIndex, part)}
              onDelete={() => remove(item.id)}
              onDone={() => addField.current?.focus()}
              dragHandle={drag.handleProps(item.id, index)}
              dropTarget={drag.rowProps(index)}
              dropIndicator={
                drag.gap === index
                  ? 'before'
                  : drag.gap === items.length && index === items.length - 1
                    ? 'after'
                    : null
              }
              dragging={drag.draggingId === item.id}
            >
              {renderExtra?.(item)}
            </ListItemRow>
          ))}
        </ol>
      )}
      <AddItemField
        inputRef={addField}
        label={`Add a new ${noun}`}
        placeholder="Type and press Enter"
        onAdd={add}
      />
      <UndoBar
        removed={removed}
        onUndo={undo}
        onDismiss={() => {
          setRemoved(null);
          addField.current?.focus();
        }}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
