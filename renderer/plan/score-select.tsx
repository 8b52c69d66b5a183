import { agreementScale } from '../../shared/course/stage-statements';
import { StatementScore } from '../../shared/domain/stage';

/** A statement's score on the four-point scale, or not scored: one select, named for its row. */
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
    <select
      className="plan-select"
      aria-label={label}
      value={score === null ? '' : String(score)}
      onChange={(e) => {
        const parsed = StatementScore.safeParse(Number(e.currentTarget.value));
        onScore(e.currentTarget.value === '' || !parsed.success ? null : parsed.data);
      }}
    >
      <option value="">Not scored</option>
      {agreementScale.map((option) => (
        <option key={option.score} value={option.score}>
          {option.label} ({option.score})
        </option>
      ))}
    </select>
  );
}
