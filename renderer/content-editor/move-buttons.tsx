import type { ReactNode } from 'react';
import { DownIcon, UpIcon } from '../components/icons';

interface MoveButtonsProps {
  /** What moves, for the buttons' accessible names: "question 2", "B. Supplier expectations". */
  name: string;
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  /** Buttons that follow (remove, skip). */
  children?: ReactNode;
}

/** Move up and Move down: the keyboard's way to reorder, beside whatever else the row does. */
export function MoveButtons({ name, first, last, onMove, children }: MoveButtonsProps) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon-button"
        data-part="up"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={first}
        onClick={() => onMove(-1)}
      >
        <UpIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        data-part="down"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={last}
        onClick={() => onMove(1)}
      >
        <DownIcon />
      </button>
      {children}
    </span>
  );
}
