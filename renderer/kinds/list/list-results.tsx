import { CoverageList, IdeaList } from '../results-parts';
import type { ResultsView } from '../screen-props';

/** A list's room results: the merged ideas, and the model items covered and missed. */
export const ListResultsView: ResultsView<'list'> = ({ results, showModel, compact }) => (
  <div className="results-grid">
    <IdeaList title="The room’s ideas" ideas={results.ideas} shown={compact ? 10 : 25} />
    {showModel && <CoverageList coverage={results.coverage} />}
  </div>
);
