/** Pieces every kind's room results are drawn with: counted bars, merged ideas, model coverage. */
import { useId } from 'react';
import type { IdeaResults, ModelCoverage } from '../../shared/kinds/list-results';

export interface CountBar {
  key: string;
  label: string;
  count: number;
  /** Marked as the answer (a stage choice once revealed). */
  marked?: boolean;
  /** A colour for the bar, e.g. a stage's. */
  colour?: string;
}

/** Labelled bars, each as long as its share of `of`. */
export function CountBars({
  title,
  bars,
  of,
  unit,
}: {
  title: string;
  bars: readonly CountBar[];
  of: number;
  unit: string;
}) {
  const headingId = useId();
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId} className="results-block__title">
        {title}
      </h3>
      <ul className="count-bars">
        {bars.map((bar) => (
          <li key={bar.key} className={`count-bar${bar.marked ? ' count-bar--marked' : ''}`}>
            <span className="count-bar__label">
              {bar.label}
              {bar.marked && <span className="count-bar__mark"> · the answer</span>}
            </span>
            <span className="count-bar__track" aria-hidden="true">
              <span
                className="count-bar__fill"
                style={{
                  width: `${of > 0 ? (100 * bar.count) / of : 0}%`,
                  ...(bar.colour ? { background: bar.colour } : {}),
                }}
              />
            </span>
            <span className="count-bar__count">
              {bar.count}
              <span className="visually-hidden"> {unit}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The room's ideas, each with how many wrote it. */
export function IdeaList({
  title,
  ideas,
  shown,
}: {
  title: string;
  ideas: IdeaResults;
  /** How many ideas fit; the rest are counted. */
  shown: number;
}) {
  const headingId = useId();
  const more = ideas.moreIdeas + Math.max(0, ideas.ideas.length - shown);
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId} className="results-block__title">
        {title}
      </h3>
      {ideas.ideas.length === 0 ? (
        <p className="results-block__empty">Nothing written yet.</p>
      ) : (
        <ol className="idea-tally">
          {ideas.ideas.slice(0, shown).map((idea) => (
            <li key={idea.text} className="idea-tally__item">
              <span className="idea-tally__text">{idea.text}</span>
              <span className="idea-tally__count" aria-label={`written by ${idea.count}`}>
                ×{idea.count}
              </span>
            </li>
          ))}
          {more > 0 && <li className="idea-tally__more">and {more} more</li>}
        </ol>
      )}
    </section>
  );
}

/** Which model items the room covered, with how many covered each, and which it missed. */
export function CoverageList({ coverage }: { coverage: ModelCoverage }) {
  const headingId = useId();
  const covered = coverage.filter((item) => item.count > 0);
  const missed = coverage.filter((item) => item.count === 0);
  return (
    <section className="results-block results-coverage" aria-labelledby={headingId}>
      <h3 id={headingId} className="results-block__title">
        Against the model answer
      </h3>
      <div className="results-coverage__columns">
        <div>
          <p className="results-coverage__label">Covered ({covered.length})</p>
          <ul className="results-coverage__list">
            {covered.map((item) => (
              <li key={item.id}>
                <span aria-hidden="true">✓ </span>
                {item.text} <span className="results-coverage__count">×{item.count}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="results-coverage__label">Missed ({missed.length})</p>
          <ul className="results-coverage__list results-coverage__list--missed">
            {missed.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
