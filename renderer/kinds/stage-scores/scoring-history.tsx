import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import { stageInfo } from '../../../shared/course/stages';
import { MAX_TOTAL } from '../../../shared/domain/stage';
import { scoringsOfView } from '../../../shared/kinds/stage-scores';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TrashIcon } from '../../components/icons';
import { useKindStore } from '../kind-store';
import { ScoreTrend } from './score-trend';
import { formatShortDateTime } from '../../../shared/format/dates';

/** An account's saved scorings, newest first, with their trend, so progress shows over months. */
export function ScoringHistory({
  accountId,
  accountName,
}: {
  accountId: string;
  accountName: string;
}) {
  const all = useKindStore((s) => s.scorings.get(accountId));
  // The customer's view is kept beside ours; this history is our own (the plan shows both).
  const scorings = useMemo(() => all && scoringsOfView(all, 'own'), [all]);
  const loadScorings = useKindStore((s) => s.loadScorings);
  const deleteScoring = useKindStore((s) => s.deleteScoring);
  const [deleting, setDeleting] = useState<StageScoring | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const justDeleted = useRef(false);

  useEffect(() => {
    void loadScorings(accountId);
  }, [accountId, loadScorings]);

  // The deleted row's button, where the dialog would return focus, is gone: land on the heading.
  useEffect(() => {
    if (deleting === null && justDeleted.current) {
      justDeleted.current = false;
      heading.current?.focus();
    }
  }, [deleting]);

  return (
    <section className="exercise-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="exercise-card__title">
        Scoring history
      </h3>
      {scorings === undefined ? (
        <p className="exercise-card__note">Loading…</p>
      ) : scorings.length === 0 ? (
        <p className="exercise-card__note">
          No saved scorings for {accountName} yet. Save one now and score again in a few weeks to
          see how the relationship moves.
        </p>
      ) : (
        <div className="scoring-history">
          <table className="scoring-history__table">
            <caption className="visually-hidden">
              Saved scorings of {accountName}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Total</th>
                <th scope="col">Stage</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scorings.map((scoring) => (
                <tr key={scoring.id}>
                  <td>{formatShortDateTime(scoring.scoredAt)}</td>
                  <td>
                    {scoring.total} of {MAX_TOTAL}
                  </td>
                  <td>
                    <span className={`stage-pill stage-pill--${scoring.stage}`}>
                      {stageInfo[scoring.stage].label}
                    </span>
                  </td>
                  <td className="scoring-history__actions">
                    <button
                      type="button"
                      className="icon-button icon-button--danger"
                      aria-label={`Delete the scoring of ${formatShortDateTime(scoring.scoredAt)}`}
                      onClick={() => setDeleting(scoring)}
                    >
                      <TrashIcon />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {scorings.length > 1 && (
            <figure className="scoring-history__trend">
              <ScoreTrend scorings={scorings} />
              <figcaption className="field__hint">Totals over time, oldest on the left</figcaption>
            </figure>
          )}
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this scoring?"
        message={
          deleting
            ? `The scoring of ${formatShortDateTime(deleting.scoredAt)} (${deleting.total} of ${MAX_TOTAL}, ${stageInfo[deleting.stage].label}) will be removed for good.`
            : ''
        }
        confirmLabel="Delete"
        onConfirm={async () => {
          if (!deleting) return false;
          justDeleted.current = (await deleteScoring(accountId, deleting.id)).ok;
          return justDeleted.current;
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
