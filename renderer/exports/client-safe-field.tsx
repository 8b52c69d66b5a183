import { useId } from 'react';

interface ClientSafeFieldProps {
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/**
 * The one switch every export has: a client-safe copy replaces people's and accounts' names
 * with neutral labels and leaves private notes out (shared/privacy/client-safe.ts).
 */
export function ClientSafeField({ checked, disabled = false, onChange }: ClientSafeFieldProps) {
  const hintId = useId();
  return (
    <div className="client-safe-field">
      <label className="export-form__option">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        Client-safe: remove names
      </label>
      <p id={hintId} className="field__hint">
        Participants become “Participant 1”, key accounts “Account 1”, people on contact maps their
        role or level and department; reflections, reasons and job titles are left out.
      </p>
    </div>
  );
}
