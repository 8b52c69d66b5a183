import { suitabilityLabels, Suitability } from '../../../shared/kinds/pros-and-cons';
import { CountBars, CoverageList, IdeaList } from '../results-parts';
import type { ResultsView } from '../screen-props';

/** Pros and cons in the room: the good and the bad merged, the views, the model's coverage. */
export const ProsAndConsResultsView: ResultsView<'pros-and-cons'> = ({
  results,
  answered,
  showModel,
  compact,
}) => (
  <div className="results-grid">
    <IdeaList title="The good" ideas={results.positives} shown={compact ? 6 : 15} />
    <IdeaList title="The bad" ideas={results.negatives} shown={compact ? 6 : 15} />
    <CountBars
      title="Does it suit KAM?"
      of={answered}
      unit="learners"
      bars={Suitability.options.map((view) => ({
        key: view,
        label: suitabilityLabels[view],
        count: results.views[view] ?? 0,
      }))}
    />
    {showModel && <CoverageList coverage={results.coverage} />}
  </div>
);
