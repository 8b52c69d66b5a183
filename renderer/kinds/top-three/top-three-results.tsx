import { useId } from 'react';
import type { TopThreeResults } from '../../../shared/kinds/top-three-results';
import { CountBars } from '../results-parts';
import type { ResultsView } from '../screen-props';

function MostRanked({ title, picks }: { title: string; picks: TopThreeResults['customer'] }) {
  const headingId = useId();
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId} className="results-block__title">
        {title}
      </h3>
      {picks.length === 0 ? (
        <p className="results-block__empty">Nothing ranked yet.</p>
      ) : (
        <ol className="idea-tally">
          {picks.map((pick) => (
            <li key={pick.text} className="idea-tally__item">
              <span className="idea-tally__text">{pick.text}</span>
              <span className="idea-tally__count">
                ×{pick.count} · rank {pick.averageRank.toFixed(1)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Top threes in the room: what each side ranks most, and how far the two sides match. */
export const TopThreeResultsView: ResultsView<'top-three'> = ({ results, answered }) => (
  <div className="results-grid">
    <MostRanked title="Customers want most" picks={results.customer} />
    <MostRanked title="Our organisations want most" picks={results.supplier} />
    <CountBars
      title="Expectations both sides share"
      of={answered}
      unit="answers"
      bars={results.shared.map((count, shared) => ({
        key: String(shared),
        label: shared === 1 ? '1 shared' : `${shared} shared`,
        count,
      }))}
    />
  </div>
);
