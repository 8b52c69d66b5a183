import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Called when the user dismisses the dialog: Escape, Cancel, or after an action. */
  onClose(): void;
  children: ReactNode;
  size?: 'small' | 'medium';
}

/**
 * A native modal `<dialog>`: the browser traps focus, closes on Escape and gives focus
 * back to the control that opened it. The element with `data-initial-focus` gets focus.
 */
export function ModalDialog({ open, title, onClose, children, size = 'small' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
