import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import { useId } from 'react';

/** The learner's reflection on the match, saved with the answer as they type. */
export function ReflectionField({
  value,
  onChange,
}: {
  value: string;
  onChange(next: string): void;
}) {
  const id = useId();
  return (
    <section className="exercise-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="exercise-card__title">
        Reflection
      </h3>
      <div className="field">
        <label htmlFor={id} className="field__label">
          What does the match tell you?
        </label>
        <textarea
          id={id}
          className="input reflection-field__input"
          rows={4}
          maxLength={MAX_ANSWER_CHARS}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </section>
  );
}
