import { stageInfo } from '../../../shared/course/stages';
import { stageBands } from '../../../shared/domain/stage';
import type { ModelSlide } from '../screen-props';

/** After scoring, for the room: each stage's band of totals and what it is like. */
export const StageBandsSlide: ModelSlide<'stage-scores'> = ({ definition: { model } }) => (
  <div className="model model--bands">
    <p className="model__intro slide__text">{model.intro}</p>
    <ol className="model__bands">
      {stageBands.map((band) => (
        <li key={band.stage} className={`model__band model__band--${band.stage}`}>
          <span className="model__band-range">
            {band.min}–{band.max}
          </span>
          <span className="model__band-stage slide__text">{stageInfo[band.stage].label}</span>
          <span className="model__band-line slide__text">
            {stageInfo[band.stage].characteristics[0]}
          </span>
        </li>
      ))}
    </ol>
  </div>
);
