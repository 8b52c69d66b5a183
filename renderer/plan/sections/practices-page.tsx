import {
  implementationPractices,
  practiceLevelLabels,
  practiceLevels,
  practicesPoint,
} from '../../../shared/course/implementation-practices';
import { assessmentLabels, assessments } from '../../../shared/plan/self-assessment';
import { summarisePractices } from '../../../shared/plan/practices';
import { AssessmentSelect, withRating } from '../assessment-select';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import { usePlanPart } from '../use-plan-part';

/**
 * Implementation practices (Cranfield's KAM Best Practice Club): the 7 strategic and 5
 * operational practices as a self-assessment of the participant's whole KAM programme.
 */
export function PracticesPage({ participant, account }: PlanPageProps) {
  const practices = usePlanPart('practices', participant.id, account.id);
  const summary = summarisePractices(practices.value);
  return (
    <div className="plan-stack">
      <PartBar handle={practices}>
        <p>{practicesPoint}</p>
        <p className="plan-muted">
          This assesses {participant.name}’s KAM programme as a whole, so it is the same on every
          one of {participant.name}’s accounts.
        </p>
      </PartBar>
      {practiceLevels.map((level) => (
        <section key={level} className="plan-card" aria-labelledby={`practices-${level}`}>
          <h3 id={`practices-${level}`} className="plan-card__title">
            {practiceLevelLabels[level]}
          </h3>
          <p className="plan-muted" data-testid={`practices-${level}-summary`}>
            {assessments.map((a) => `${assessmentLabels[a]}: ${summary[level][a]}`).join(' · ')} ·
            Not assessed: {summary[level].unrated}
          </p>
          <ul className="plan-rated-list">
            {implementationPractices
              .filter((p) => p.level === level)
              .map((p, i) => (
                <li key={p.id}>
                  <span>
                    <span className="plan-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    {p.text}
                  </span>
                  <AssessmentSelect
                    label={`${practiceLevelLabels[level]} ${i + 1}: ${p.text}`}
                    value={practices.value.ratings[p.id]}
                    onChange={(value) =>
                      practices.change({
                        ratings: withRating(practices.value.ratings, p.id, value),
                      })
                    }
                  />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
