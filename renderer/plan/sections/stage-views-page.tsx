import { useId, useState } from 'react';
import { stageStatements } from '../../../shared/course/stage-statements';
import { stageInfo } from '../../../shared/course/stages';
import {
  MAX_TOTAL,
  perceptionGap,
  scoreStatements,
  STATEMENT_COUNT,
  type StatementScore,
} from '../../../shared/domain/stage';
import { scoringViewLabels } from '../../../shared/kinds/stage-scores';
import { CustomerScoredBy } from '../../../shared/plan/customer-view';
import { stageViewsSentence, statementGapWords } from '../../../shared/plan/stage-views';
import { useAppStore } from '../../store/store-context';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import { ScoreSelect } from '../score-select';
import type { AccountWork } from '../use-account-work';
import { usePlanPart } from '../use-plan-part';

function complete(scores: ReadonlyArray<StatementScore | null>): StatementScore[] | null {
  return scores.every((s) => s !== null) ? (scores as StatementScore[]) : null;
}

/** One side's total and stage, or how far it is from complete. */
function ViewTotal({
  title,
  scores,
}: {
  title: string;
  scores: ReadonlyArray<StatementScore | null>;
}) {
  const { total, answered, stage } = scoreStatements(scores);
  return (
    <div className="plan-view-total">
      <span className="plan-view-total__title">{title}</span>
      {total === null || stage === null ? (
        <span className="plan-muted">
          Incomplete: {answered} of {STATEMENT_COUNT} scored
        </span>
      ) : (
        <span>
          {total} of {MAX_TOTAL}{' '}
          <span className={`stage-pill stage-pill--${stage}`}>{stageInfo[stage].label}</span>
        </span>
      )}
    </div>
  );
}

/**
 * Two views of the stage (D): our scoring beside the customer's — as the learner believes the
 * customer would score, or a customer team's own — with the gap per statement and both stages.
 */
export function StageViewsPage({
  participant,
  account,
  work,
}: PlanPageProps & { work: AccountWork }) {
  const customer = usePlanPart('customer-view', participant.id, account.id);
  const saveScoring = useAppStore((s) => s.saveScoring);
  const [saving, setSaving] = useState(false);
  const scoredById = useId();
  const own = work.stageScores.answer.scores;
  const theirs = customer.value.scores;
  const gap = perceptionGap(own, theirs);

  const setOwn = (i: number, score: StatementScore | null) =>
    work.stageScores.change({ scores: own.map((s, j) => (j === i ? score : s)) });
  const setTheirs = (i: number, score: StatementScore | null) =>
    customer.change({ ...customer.value, scores: theirs.map((s, j) => (j === i ? score : s)) });

  async function save(view: 'own' | 'customer') {
    const scores = complete(view === 'own' ? own : theirs);
    if (!scores) return;
    setSaving(true);
    await saveScoring(account.id, scores, view === 'own' ? 'own' : customer.value.scoredBy);
    setSaving(false);
  }

  return (
    <div className="plan-stack">
      <PartBar handle={customer}>
        <p>
          Score the six statements as you believe {account.name} would score them — or, in a joint
          workshop, record the customer team’s own scoring — beside your own. Where the two views
          differ is where to look first. Your own scores are exercise D’s.
        </p>
      </PartBar>

      <fieldset className="plan-card plan-radios">
        <legend className="plan-card__title" id={scoredById}>
          The customer’s view is
        </legend>
        {CustomerScoredBy.options.map((by) => (
          <label key={by} className="plan-radio">
            <input
              type="radio"
              name={scoredById}
              checked={customer.value.scoredBy === by}
              onChange={() => customer.change({ ...customer.value, scoredBy: by })}
            />
            {by === 'customer-believed'
              ? 'As we believe the customer would score it'
              : 'The customer team’s own scoring'}
          </label>
        ))}
      </fieldset>

      <div className="plan-card">
        <table className="plan-table plan-table--views">
          <caption className="visually-hidden">
            The six statements in our view and the customer’s, with the gap
          </caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Our view</th>
              <th scope="col">Customer’s view</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {stageStatements.map((statement, i) => {
              const difference = gap.perStatement[i] ?? null;
              return (
                <tr key={statement.id}>
                  <th scope="row">
                    <span className="plan-table__statement">
                      <span className="plan-number" aria-hidden="true">
                        {i + 1}
                      </span>
                      <span>{statement.text}</span>
                    </span>
                  </th>
                  <td data-label="Our view">
                    <ScoreSelect
                      label={`Statement ${i + 1}, our view`}
                      score={own[i] ?? null}
                      onScore={(score) => setOwn(i, score)}
                    />
                  </td>
                  <td data-label="Customer’s view">
                    <ScoreSelect
                      label={`Statement ${i + 1}, the customer’s view`}
                      score={theirs[i] ?? null}
                      onScore={(score) => setTheirs(i, score)}
                    />
                  </td>
                  <td data-label="Gap">
                    <span
                      className={`plan-gap${difference !== null && Math.abs(difference) >= 2 ? ' plan-gap--wide' : ''}`}
                      data-testid={`gap-${i + 1}`}
                    >
                      {difference === null ? '—' : difference > 0 ? `+${difference}` : difference}
                      <span className="plan-gap__words">{statementGapWords(difference)}</span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="plan-card plan-views-summary" role="status">
        <ViewTotal title="Our view" scores={own} />
        <ViewTotal title={scoringViewLabels[customer.value.scoredBy]} scores={theirs} />
        <p className="plan-views-summary__sentence" data-testid="stage-views-sentence">
          {stageViewsSentence(gap.ownStage, gap.theirStage)}
        </p>
      </div>

      <div className="plan-actions-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={saving || !complete(own)}
          onClick={() => void save('own')}
        >
          Save our view
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={saving || !complete(theirs)}
          onClick={() => void save('customer')}
        >
          Save the customer’s view
        </button>
        <span className="field__hint">
          A saved view is kept with its date: score again later to see progress.
        </span>
      </div>
    </div>
  );
}
