import { useState, type DragEvent } from 'react';

/** A private drag type: a dragged idea never drops into a text field as text. */
const DRAG_TYPE = 'application/x-kam-list-item';

interface DragState {
  id: string;
  from: number;
}

/** Where a dragged item would land, as a gap between items (0 = before the first). */
export type DropGap = number | null;

/** What the drag handle of a row needs. */
export interface DragHandleProps {
  draggable: boolean;
  onDragStart(event: DragEvent<HTMLElement>): void;
  onDragEnd(): void;
}

/** What a row needs to accept a drop. */
export interface DropTargetProps {
  onDragOver(event: DragEvent<HTMLElement>): void;
  onDrop(event: DragEvent<HTMLElement>): void;
}

/** HTML5 drag and drop for one list: a handle starts the drag, rows show where it would drop. */
export function useDragReorder(onMove: (id: string, toIndex: number) => void) {
  const [dragging, setDragging] = useState<DragState | null>(null);
  const [gap, setGap] = useState<DropGap>(null);

  function end() {
    setDragging(null);
    setGap(null);
  }

  function handleProps(id: string, index: number): DragHandleProps {
    return {
      draggable: true,
      onDragStart(event: DragEvent<HTMLElement>) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, id);
        // The whole row follows the pointer, not just the small handle.
        const row = event.currentTarget.closest('li');
        if (row) event.dataTransfer.setDragImage(row, 24, 24);
        setDragging({ id, from: index });
      },
      onDragEnd: end,
    };
  }

  function rowProps(index: number): DropTargetProps {
    return {
      onDragOver(event: DragEvent<HTMLElement>) {
        // Drags from another list (E has two) or from outside the app are not ours.
        if (!dragging) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const next = event.clientY < box.top + box.height / 2 ? index : index + 1;
        // Dropping next to itself would not move it: no indicator for that.
        setGap(next === dragging.from || next === dragging.from + 1 ? null : next);
      },
      onDrop(event: DragEvent<HTMLElement>) {
        if (!dragging) return;
        event.preventDefault();
        if (gap !== null) onMove(dragging.id, gap > dragging.from ? gap - 1 : gap);
        end();
      },
    };
  }

  return { draggingId: dragging?.id ?? null, gap, handleProps, rowProps };
}
