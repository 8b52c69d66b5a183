import { useId, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/api/errors';
import { Name } from '../../shared/schemas/common';

interface NameFormProps {
  label: string;
  /** Show the label on screen; otherwise it is only the field's accessible name. */
  showLabel?: boolean;
  placeholder?: string;
  initialValue?: string;
  submitLabel: string;
  /** A fuller accessible name for the button when several forms share a page. */
  submitName?: string;
  submitIcon?: ReactNode;
  autoFocus?: boolean;
  className?: string;
  /** Checks the name before it is sent; a participant's or account's name by default. */
  schema?: z.ZodType<string, string>;
  /** Saves the name; the field empties after a successful add unless it is a rename. */
  onSubmit(name: string): Promise<Result<unknown>>;
  onCancel?(): void;
}

/**
 * One name field with its button: Enter submits and the field keeps focus, so a trainer
 * can type a whole class list without touching the mouse. Escape cancels a rename.
 */
export function NameForm(props: NameFormProps) {
  const { label, showLabel, placeholder, initialValue = '', submitLabel, submitIcon } = props;
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = (props.schema ?? Name).safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Please enter a name');
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await props.onSubmit(parsed.data);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (!props.onCancel) setValue('');
    input.current?.focus();
  }

  return (
    <form className={`name-form ${props.className ?? ''}`} onSubmit={submit} noValidate>
      <label htmlFor={id} className={showLabel ? 'field__label' : 'visually-hidden'}>
        {label}
      </label>
      <div className="name-form__row">
        <input
          ref={input}
          id={id}
          className="input"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          autoFocus={props.autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={(e) => props.autoFocus && e.currentTarget.select()}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && props.onCancel) {
              e.preventDefault();
              props.onCancel();
            }
          }}
        />
        <button
          type="submit"
          className="button button--secondary"
          disabled={busy}
          aria-label={props.submitName}
        >
          {submitIcon}
          {submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--ghost" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </form>
  );
}
