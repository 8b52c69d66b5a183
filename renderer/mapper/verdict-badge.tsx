import { patternInfo, verdictLabels, type Diagnosis } from '../../shared/domain/contact-map';
import './verdict-badge.css';

/** The verdict of a diagnosis as a coloured badge: healthy green … dangerous red, none grey. */
export function VerdictBadge({ verdict }: { verdict: Diagnosis['verdict'] }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict}`}>{verdictLabels[verdict]}</span>
  );
}

/** A diagnosis in brief: the pattern in the course's words, its verdict and the reasons. */
export function DiagnosisSummary({
  diagnosis,
  headingLevel = 3,
}: {
  diagnosis: Diagnosis;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="diagnosis-summary">
      <div className="diagnosis-summary__head">
        <Heading className="diagnosis-summary__pattern" data-testid="diagnosis-pattern">
          {patternInfo[diagnosis.pattern].label}
        </Heading>
        <VerdictBadge verdict={diagnosis.verdict} />
      </div>
      <ul className="diagnosis-summary__reasons">
        {diagnosis.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
