import { patternInfo } from '../../../shared/domain/contact-map-model';
import { patterns } from '../../../shared/kinds/contact-map-results';
import { verdictColours } from '../../../shared/format/domain-colours';
import { CountBars } from '../results-parts';
import type { ResultsView } from '../screen-props';

/** Contact maps in the room: how many maps show each of the course's patterns. */
export const ContactMapResultsView: ResultsView<'contact-map'> = ({ results, answered }) => (
  <div className="results-grid">
    <CountBars
      title="Maps by pattern"
      of={answered}
      unit="maps"
      bars={patterns.map((pattern) => ({
        key: pattern,
        label: patternInfo[pattern].label,
        count: results.patterns[pattern] ?? 0,
        colour: verdictColours[patternInfo[pattern].verdict].fill,
      }))}
    />
  </div>
);
