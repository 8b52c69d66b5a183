import {
  partnershipCharacteristics,
  partnershipPrerequisites,
  partnershipSteps,
  readinessPoint,
  readinessPositionLabels,
  readinessPositions,
} from '../../../shared/course/partnership-readiness';
import { summariseReadiness, type ReadinessPart } from '../../../shared/plan/readiness';
import { AssessmentSelect, withRating } from '../assessment-select';
import { ChoiceSelect } from '../choice-select';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import { usePlanPart } from '../use-plan-part';

const positionChoices = readinessPositions.map((p) => ({
  value: p,
  label: readinessPositionLabels[p],
}));

/**
 * Partnership readiness (reading "Beyond key accounts"): where the relationship stands on each
 * away-from → towards characteristic, which prerequisites are in place, and the route so far.
 */
export function ReadinessPage({ participant, account }: PlanPageProps) {
  const readiness = usePlanPart('readiness', participant.id, account.id);
  const part = readiness.value;
  const summary = summariseReadiness(part);
  const update = (change: Partial<ReadinessPart>) =>
    readiness.change({ ...part, ...change } as ReadinessPart);

  return (
    <div className="plan-stack">
      <PartBar handle={readiness}>
        <p>{readinessPoint}</p>
      </PartBar>
      <section className="plan-card" aria-labelledby="readiness-summary-title">
        <h3 id="readiness-summary-title" className="plan-card__title">
          Where {account.name} stands
        </h3>
        <p role="status" data-testid="readiness-verdict">
          {summary.verdict}
        </p>
        <p className="plan-muted">
          Characteristics: {summary.towards} towards, {summary.moving} on the move,{' '}
          {summary.awayFrom} away from, {partnershipCharacteristics.length - summary.rated} not
          assessed. Prerequisites in place: {summary.prerequisitesInPlace} of{' '}
          {partnershipPrerequisites.length}. Route: {summary.stepsDone} of {partnershipSteps.length}{' '}
          steps taken.
        </p>
      </section>

      <section className="plan-card" aria-labelledby="characteristics-title">
        <h3 id="characteristics-title" className="plan-card__title">
          From the usual key account relationship towards a partnership
        </h3>
        <table className="plan-table plan-table--rated">
          <caption className="visually-hidden">
            Each characteristic, and where the relationship stands between its two ends
          </caption>
          <thead>
            <tr>
              <th scope="col">Away from</th>
              <th scope="col">Towards</th>
              <th scope="col">Where we stand</th>
            </tr>
          </thead>
          <tbody>
            {partnershipCharacteristics.map((c, i) => (
              <tr key={c.id}>
                <td data-label="Away from">{c.awayFrom}</td>
                <th scope="row" data-label="Towards">
                  {c.towards}
                </th>
                <td data-label="Where we stand">
                  <ChoiceSelect
                    label={`Characteristic ${i + 1}, where we stand: ${c.awayFrom} towards ${c.towards}`}
                    value={part.characteristics[c.id]}
                    choices={positionChoices}
                    none="Not assessed"
                    onChange={(position) =>
                      update({
                        characteristics: withRating(
                          part.characteristics,
                          c.id,
                          position ?? undefined,
                        ),
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="plan-card" aria-labelledby="prerequisites-title">
        <h3 id="prerequisites-title" className="plan-card__title">
          Prerequisites: your own house in order first
        </h3>
        <ul className="plan-rated-list">
          {partnershipPrerequisites.map((p) => (
            <li key={p.id}>
              <span>{p.text}</span>
              <AssessmentSelect
                label={`Prerequisite: ${p.text}`}
                value={part.prerequisites[p.id]}
                onChange={(value) =>
                  update({ prerequisites: withRating(part.prerequisites, p.id, value) })
                }
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="plan-card" aria-labelledby="route-title">
        <h3 id="route-title" className="plan-card__title">
          The route, step by step
        </h3>
        <ol className="plan-route">
          {partnershipSteps.map((step) => (
            <li key={step.id}>
              <label className="plan-check">
                <input
                  type="checkbox"
                  checked={part.stepsDone[step.id] === true}
                  onChange={(e) =>
                    update({
                      stepsDone: withRating(
                        part.stepsDone,
                        step.id,
                        e.currentTarget.checked ? true : undefined,
                      ),
                    })
                  }
                />
                <span className={summary.nextStep === step.id ? 'plan-route__next' : undefined}>
                  {step.text}
                  {summary.nextStep === step.id && <span className="plan-tag">Next</span>}
                </span>
              </label>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
