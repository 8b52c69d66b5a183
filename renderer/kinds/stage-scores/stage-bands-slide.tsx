import { stageInfo } from '../../../shared/course/stages';
import { stageBands } from '../../../shared/domain/stage';
import type { ModelSlide } from '../screen-props';
import './stage-bands-slide.css';

/** After scoring, for the room: each stage's band of totals and what it is like. */
export const StageBandsSlide: ModelSlide<'stage-scores'> = ({ definition: { model } }) => (
  <div className="model model--bands">
    <p className="model__intro slide__text">{model.intro}</p>
    <ol className="stage-bands">
      {stageBands.map((band) => (
        <li key={band.stage} className={`stage-bands__band stage-bands__band--${band.stage}`}>
          <span className="stage-bands__range">
            {band.min}–{band.max}
          </span>
          <span className="stage-bands__stage slide__text">{stageInfo[band.stage].label}</span>
          <span className="stage-bands__line slide__text">
            {stageInfo[band.stage].characteristics[0]}
          </span>
        </li>
      ))}
    </ol>
  </div>
);
