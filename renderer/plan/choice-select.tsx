/** One of a few known choices, or none: a select named for its row, read back as the choice's value. */
export function ChoiceSelect<T extends string | number>({
  label,
  value,
  choices,
  none,
  onChange,
}: {
  /** The accessible name: which row and which question. */
  label: string;
  value: T | null | undefined;
  choices: ReadonlyArray<{ value: T; label: string }>;
  /** The label of "no choice yet"; without it a choice is always made. */
  none?: string;
  onChange(next: T | null): void;
}) {
  return (
    <select
      className="plan-select"
      aria-label={label}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => {
        const chosen = choices.find((c) => String(c.value) === e.currentTarget.value);
        onChange(chosen ? chosen.value : null);
      }}
    >
      {none !== undefined && <option value="">{none}</option>}
      {choices.map((c) => (
        <option key={String(c.value)} value={String(c.value)}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
