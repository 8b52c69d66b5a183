import { useId, useMemo, useState } from 'react';
import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import { stageInfo } from '../../../shared/course/stages';
import {
  diagnoseContactMap,
  patternInfo,
  singleThreads,
  type ContactMap,
} from '../../../shared/domain/contact-map';
import { MAX_TOTAL } from '../../../shared/domain/stage';
import { formatShortDateTime } from '../../../shared/format/dates';
import { scoringsOfView, scoringViewLabels } from '../../../shared/kinds/stage-scores';
import { StatusPanel } from '../../components/status-panel';
import { ScoreTrend } from '../../kinds/stage-scores/score-trend';
import { ReadOnlyMap } from '../../mapper/read-only-map';
import { DiagnosisSummary } from '../../mapper/verdict-badge';
import { useMapLabels } from '../map-labels';
import type { PlanPageProps } from '../plan-view';
import type { AccountWork } from '../use-account-work';

/** A map in one line: its pattern, how many contacts, how many single threads. */
function mapLine(map: ContactMap): string {
  const d = diagnoseContactMap(map);
  return `${patternInfo[d.pattern].label} · ${d.metrics.contactCount} contacts · ${singleThreads(map).length} single threads`;
}

function ProgressTable({
  scorings,
  accountName,
}: {
  scorings: StageScoring[];
  accountName: string;
}) {
  return (
    <table className="plan-table plan-table--progress">
      <caption className="visually-hidden">
        Saved scorings of {accountName}, newest first, with the map kept with each
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Whose view</th>
          <th scope="col">Total</th>
          <th scope="col">Stage</th>
          <th scope="col">The map then</th>
        </tr>
      </thead>
      <tbody>
        {scorings.map((s) => (
          <tr key={s.id}>
            <td data-label="Date">{formatShortDateTime(s.scoredAt)}</td>
            <td data-label="Whose view">{scoringViewLabels[s.view]}</td>
            <td data-label="Total">
              {s.total} of {MAX_TOTAL}
            </td>
            <td data-label="Stage">
              <span className={`stage-pill stage-pill--${s.stage}`}>
                {stageInfo[s.stage].label}
              </span>
            </td>
            <td data-label="The map then">
              {s.map ? mapLine(s.map) : <span className="plan-muted">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Progress: the stage history (both views) and the contact maps kept with our own scorings,
 * side by side with the map as it is now. Re-scoring later is how progress shows.
 */
export function ProgressPage({ account, work }: PlanPageProps & { work: AccountWork }) {
  const labels = useMapLabels(account.name);
  const selectId = useId();
  const scorings = work.scorings;
  const withMaps = useMemo(
    () =>
      (scorings ?? []).filter(
        (s): s is StageScoring & { map: NonNullable<StageScoring['map']> } => !!s.map,
      ),
    [scorings],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const then = withMaps.find((s) => s.id === chosen) ?? withMaps.at(-1);
  const now = work.contactMap.answer;
  const nowDiagnosis = useMemo(() => diagnoseContactMap(now), [now]);
  const thenDiagnosis = useMemo(() => (then ? diagnoseContactMap(then.map) : null), [then]);

  if (scorings === undefined) return <StatusPanel kind="loading" title="Loading the scorings…" />;
  const own = scoringsOfView(scorings, 'own');
  return (
    <div className="plan-stack">
      <p className="plan-card">
        Each scoring you save — of your own view or the customer’s — is kept with its date, and each
        of your own keeps the contact map as it was then. Score again in a few weeks to see the
        relationship move.
      </p>
      {scorings.length === 0 ? (
        <StatusPanel
          kind="empty"
          title={`No saved scorings for ${account.name} yet`}
          detail="Save a scoring in exercise D or on Two views of the stage."
        />
      ) : (
        <section className="plan-card" aria-labelledby="history-title">
          <h3 id="history-title" className="plan-card__title">
            Stage history
          </h3>
          <ProgressTable scorings={scorings} accountName={account.name} />
          {own.length > 1 && (
            <figure className="plan-trend">
              <ScoreTrend scorings={own} />
              <figcaption className="field__hint">
                Our totals over time, oldest on the left
              </figcaption>
            </figure>
          )}
        </section>
      )}
      {then && thenDiagnosis && (
        <section className="plan-card" aria-labelledby="maps-title">
          <h3 id="maps-title" className="plan-card__title">
            The map then and now
          </h3>
          <div className="plan-inline-field">
            <label htmlFor={selectId} className="field__label">
              Compare the map of
            </label>
            <select
              id={selectId}
              className="plan-select"
              value={then.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
            >
              {withMaps.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatShortDateTime(s.scoredAt)} ({stageInfo[s.stage].label})
                </option>
              ))}
            </select>
          </div>
          <div className="plan-then-now">
            <figure>
              <figcaption className="plan-subtitle">
                {formatShortDateTime(then.scoredAt)}
              </figcaption>
              <ReadOnlyMap
                map={then.map}
                label={`Contact map of ${formatShortDateTime(then.scoredAt)}`}
                {...labels}
              />
              <DiagnosisSummary diagnosis={thenDiagnosis} headingLevel={4} />
            </figure>
            <figure>
              <figcaption className="plan-subtitle">Now</figcaption>
              <ReadOnlyMap map={now} label="Contact map now" {...labels} />
              <DiagnosisSummary diagnosis={nowDiagnosis} headingLevel={4} />
            </figure>
          </div>
        </section>
      )}
    </div>
  );
}
