import { agreementScale } from '../../shared/course/stage-statements';
import type { StatementScore } from '../../shared/domain/stage';
import { ChoiceSelect } from './choice-select';

const scoreChoices = agreementScale.map((o) => ({
  value: o.score,
  label: `${o.label} (${o.score})`,
}));

/** A statement's score on the four-point scale, or not scored. */
export function ScoreSelect({
  label,
  score,
  onScore,
}: {
  label: string;
  score: StatementScore | null;
  onScore(score: StatementScore | null): void;
}) {
  return (
    <ChoiceSelect
      label={label}
      value={score}
      choices={scoreChoices}
      none="Not scored"
      onChange={onScore}
    />
  );
}
