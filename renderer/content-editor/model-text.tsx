import { TextField } from './text-field';

type TextKey<M> = { [K in keyof M]: M[K] extends string ? K : never }[keyof M] & string;

interface ModelTextProps<M> {
  label: string;
  model: M;
  /** Which text of the model: its introduction, theme, headline or conclusion. */
  field: TextKey<M>;
  /** Where the model sits in the workshop's changes. */
  path: string;
  hint?: string;
  onChange(next: M): void;
}

/** One text of a model answer, edited in place: the rest of the model stays as it is. */
export function ModelText<M>({ label, model, field, path, hint, onChange }: ModelTextProps<M>) {
  return (
    <TextField
      label={label}
      value={model[field] as string}
      path={`${path}.${field}`}
      {...(hint ? { hint } : {})}
      onChange={(text) => onChange({ ...model, [field]: text })}
    />
  );
}
