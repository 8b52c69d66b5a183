import { useEffect, useId, useState, type ReactNode } from 'react';
import { MAX_DURATION_MS } from '../../shared/domain/timer';

const MINUTE_MS = 60_000;
const MAX_MINUTES = MAX_DURATION_MS / MINUTE_MS;

interface MinutesFieldProps {
  label: string;
  valueMs: number;
  onChange(ms: number): void;
  children?: ReactNode;
}

const shown = (ms: number) => String(Math.round((ms / MINUTE_MS) * 10) / 10);

/**
 * A time in minutes (halves allowed). What is typed is kept while it is being typed; a number
 * outside 0–180 is pointed out and not taken.
 */
export function MinutesField({ label, valueMs, onChange, children }: MinutesFieldProps) {
  const id = useId();
  const [text, setText] = useState(shown(valueMs));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown(valueMs));
  }, [valueMs, focused]);
  const minutes = Number(text.replace(',', '.'));
  const valid =
    text.trim() !== '' && Number.isFinite(minutes) && minutes >= 0 && minutes <= MAX_MINUTES;
  return (
    <div className="field content-field content-field--minutes">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <span className="minutes-field">
        <input
          id={id}
          className="input"
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={valid ? undefined : true}
          aria-describedby={valid ? undefined : `${id}-error`}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            setText(e.target.value);
            const next = Number(e.target.value.replace(',', '.'));
            if (
              e.target.value.trim() !== '' &&
              Number.isFinite(next) &&
              next >= 0 &&
              next <= MAX_MINUTES
            )
              onChange(Math.round(next * 2) * (MINUTE_MS / 2));
          }}
        />
        <span className="minutes-field__unit" aria-hidden="true">
          min
        </span>
      </span>
      {!valid && (
        <p id={`${id}-error`} className="field__error">
          Enter minutes from 0 to {MAX_MINUTES}.
        </p>
      )}
      {children}
    </div>
  );
}
