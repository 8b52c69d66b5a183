import { ModalDialog } from '../components/modal-dialog';
import { sessionShortcuts } from './use-session-keys';

/** The "?" list of keyboard and clicker shortcuts. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <ModalDialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcuts">
        {sessionShortcuts.map(({ keys, action }) => (
          <div key={action} className="shortcuts__row">
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          data-initial-focus
          onClick={onClose}
        >
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
