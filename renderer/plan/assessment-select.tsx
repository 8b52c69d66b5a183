import { assessmentLabels, assessments, type Assessment } from '../../shared/plan/self-assessment';
import { ChoiceSelect } from './choice-select';

const assessmentChoices = assessments.map((a) => ({ value: a, label: assessmentLabels[a] }));

/** Whether something is in place, partly, or not yet; or not assessed. */
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
    <ChoiceSelect
      label={label}
      value={value}
      choices={assessmentChoices}
      none="Not assessed"
      onChange={(next) => onChange(next ?? undefined)}
    />
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
