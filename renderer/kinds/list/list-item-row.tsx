import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ListItem } from '../../../shared/kinds/list';
import { TrashIcon } from '../../components/icons';
import { DownIcon, GripIcon, UpIcon } from '../../components/icons';
import type { DragHandleProps, DropTargetProps } from './use-drag-reorder';
import { singleClick } from '../../components/single-click';

/** The parts of a row that keep focus when the row moves. */
export type RowPart = 'field' | 'up' | 'down';

interface ListItemRowProps {
  item: ListItem;
  index: number;
  count: number;
  /** "idea", "good point", …: names the row's field for screen readers. */
  noun: string;
  onEdit(text: string): void;
  onMove(toIndex: number, keepFocusOn: RowPart): void;
  onDelete(): void;
  /** Enter in an item is "done with this one": back to the add field. */
  onDone(): void;
  dragHandle: DragHandleProps;
  dropTarget: DropTargetProps;
  dropIndicator: 'before' | 'after' | null;
  dragging: boolean;
  /** Shown under the text, e.g. the match to the model answer once it is revealed. */
  children?: ReactNode;
}

/** One numbered idea: editable in place, movable by handle, buttons or Alt+arrows, deletable. */
export function ListItemRow({
  item,
  index,
  count,
  noun,
  onEdit,
  onMove,
  onDelete,
  onDone,
  dragHandle,
  dropTarget,
  dropIndicator,
  dragging,
  children,
}: ListItemRowProps) {
  const number = index + 1;
  const name = item.text.trim() || `${noun} ${number}`;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(index + (event.key === 'ArrowUp' ? -1 : 1), 'field');
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      // One idea per item: Enter never makes a second line.
      event.preventDefault();
      onDone();
    }
  }

  const classes = ['list-item'];
  if (dragging) classes.push('list-item--dragging');
  if (dropIndicator) classes.push(`list-item--drop-${dropIndicator}`);

  return (
    <li className={classes.join(' ')} data-item-id={item.id} {...dropTarget}>
      <span
        className="list-item__handle"
        title="Drag to reorder"
        aria-hidden="true"
        {...dragHandle}
      >
        <GripIcon />
      </span>
      <span className="list-item__number" aria-hidden="true">
        {number}
      </span>
      <div className="list-item__body">
        <textarea
          className="list-item__text"
          data-part="field"
          aria-label={`Edit ${noun} ${number}: ${item.text}`}
          value={item.text}
          rows={1}
          maxLength={MAX_ANSWER_CHARS}
          onChange={(e) => onEdit(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
          onKeyDown={onKeyDown}
        />
        {children}
      </div>
      <div className="list-item__actions">
        <button
          type="button"
          className="icon-button"
          data-part="up"
          aria-label={`Move ${name} up`}
          title="Move up (Alt+↑)"
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'up')}
        >
          <UpIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          data-part="down"
          aria-label={`Move ${name} down`}
          title="Move down (Alt+↓)"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
        >
          <DownIcon />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete ${name}`}
          title="Delete"
          onClick={singleClick(onDelete)}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
