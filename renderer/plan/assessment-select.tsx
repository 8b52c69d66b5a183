import { Assessment, assessmentLabels, assessments } from '../../shared/plan/self-assessment';

/** Whether something is in place, partly, or not yet: one select, named for its row. */
export function AssessmentSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Assessment | undefined;
  onChange(next: Assessment | undefined): void;
}) {
  return (
    <select
      className="plan-select"
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => {
        const parsed = Assessment.safeParse(e.currentTarget.value);
        onChange(parsed.success ? parsed.data : undefined);
      }}
    >
      <option value="">Not assessed</option>
      {assessments.map((a) => (
        <option key={a} value={a}>
          {assessmentLabels[a]}
        </option>
      ))}
    </select>
  );
}

/** A record of ratings with one entry set, or removed when cleared. */
export function withRating<V>(
  ratings: Readonly<Partial<Record<string, V>>>,
  id: string,
  value: V | undefined,
): Partial<Record<string, V>> {
  const { [id]: _old, ...rest } = ratings;
  return value === undefined ? rest : { ...rest, [id]: value };
}
