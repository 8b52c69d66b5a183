import type { RemovedItem } from '../../../shared/domain/list';
import { CloseIcon } from '../../components/icons';

interface UndoBarProps {
  removed: RemovedItem | null;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * Offers to bring back the last deleted item. It stays until used or dismissed: a bar
 * that times out would be gone before a learner reading a long list reached it.
 */
export function UndoBar({ removed, onUndo, onDismiss }: UndoBarProps) {
  // The live region is always in the page, so the message is read out when it appears.
  return (
    <div className="list-undo" role="status">
      {removed && (
        <div className="list-undo__bar">
          <span className="list-undo__text">
            Deleted “{removed.item.text.trim() || 'empty item'}”.
          </span>{' '}
          <button type="button" className="list-undo__button" onClick={onUndo}>
            Undo
          </button>
          <button
            type="button"
            className="icon-button list-undo__close"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={onDismiss}
          >
            <CloseIcon />
          </button>
        </div>
      )}
    </div>
  );
}
