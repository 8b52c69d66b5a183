import { useId } from 'react';
import type { WorkshopFields, WorkshopMode } from '../../../shared/schemas/workshop';

interface TextFieldProps {
  name: keyof WorkshopFields;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'date';
  placeholder?: string;
  initialFocus?: boolean;
  onChange(name: keyof WorkshopFields, value: string): void;
}

/** A labelled field with its hint and error message tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean);
  return (
    <div className="field">
      <div className="field__head">
        <label htmlFor={id} className="field__label">
          {props.label}
        </label>
        {props.hint && (
          <span id={`${id}-hint`} className="field__hint">
            {props.hint}
          </span>
        )}
      </div>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        className="input"
        value={props.value}
        placeholder={props.placeholder}
        autoComplete="off"
        data-initial-focus={props.initialFocus || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described.length ? described.join(' ') : undefined}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      />
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}

const modes: { value: WorkshopMode; label: string; description: string }[] = [
  {
    value: 'facilitated',
    label: 'Facilitated',
    description: 'A trainer leads a group in the room.',
  },
  { value: 'self-study', label: 'Self-study', description: 'One learner works through it alone.' },
];

/** The two modes as radio cards. */
export function ModeField(props: {
  value: WorkshopMode;
  error?: string | undefined;
  onChange(mode: WorkshopMode): void;
}) {
  const id = useId();
  return (
    <fieldset
      className="field mode-field"
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend className="field__label">Mode</legend>
      <div className="mode-field__options">
        {modes.map((mode) => (
          <label key={mode.value} className="mode-option">
            <input
              type="radio"
              name="mode"
              value={mode.value}
              checked={props.value === mode.value}
              aria-labelledby={`${id}-${mode.value}-label`}
              aria-describedby={`${id}-${mode.value}`}
              onChange={() => props.onChange(mode.value)}
            />
            <span className="mode-option__text">
              <span id={`${id}-${mode.value}-label`} className="mode-option__label">
                {mode.label}
              </span>
              <span id={`${id}-${mode.value}`} className="mode-option__description">
                {mode.description}
              </span>
            </span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
