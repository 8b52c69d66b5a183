import { useId, type ReactNode } from 'react';
import { MAX_CONTENT_LINE_CHARS, MAX_NOTES_CHARS } from '../../shared/content/content-changes';
import { useFieldError } from './content-error';

interface TextFieldProps {
  label: string;
  value: string;
  /** Where the value sits in the changes, to show the edits' problem there. */
  path: string;
  onChange(value: string): void;
  /** Several lines (notes), or one (a title, a hint). */
  multiline?: boolean;
  hint?: string;
  children?: ReactNode;
}

/** A labelled text of the trainer's: one line or notes, with its problem shown under it. */
export function TextField({
  label,
  value,
  path,
  onChange,
  multiline,
  hint,
  children,
}: TextFieldProps) {
  const id = useId();
  const error = useFieldError(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  const common = {
    id,
    className: multiline ? 'input input--area' : 'input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className="field content-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          maxLength={MAX_NOTES_CHARS}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          maxLength={MAX_CONTENT_LINE_CHARS}
          onChange={(e) => onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
