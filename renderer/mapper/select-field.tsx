import { useId, type ReactNode, type Ref } from 'react';

interface SelectFieldProps {
  label: string;
  value: string | number;
  onChange(value: string): void;
  children: ReactNode;
  autoFocus?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
  describedBy?: string;
}

/**
 * A labelled select. The label points at the select rather than wrapping it: a wrapping label
 * would add the chosen option's text to the select's accessible name.
 */
export function SelectField({ label, value, onChange, children, ...rest }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        ref={rest.selectRef}
        className="input"
        value={value}
        autoFocus={rest.autoFocus}
        aria-describedby={rest.describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {children}
      </select>
    </div>
  );
}
