import { stageInfo } from '../../../shared/course/stages';
import { stages } from '../../../shared/domain/stage';
import { stageColours } from '../../../shared/format/domain-colours';
import { CountBars } from '../results-parts';
import type { ResultsView } from '../screen-props';

/** A stage choice in the room: the votes per stage, the answer marked once it is shown. */
export const StageChoiceResultsView: ResultsView<'stage-choice'> = ({
  results,
  answered,
  definition,
  showModel,
}) => (
  <div className="results-grid">
    <CountBars
      title="The room’s votes"
      of={answered}
      unit="votes"
      bars={stages.map((stage) => ({
        key: stage,
        label: stageInfo[stage].label,
        count: results.votes[stage] ?? 0,
        colour: stageColours[stage].strong,
        marked: showModel && definition.model.stage === stage,
      }))}
    />
  </div>
);
