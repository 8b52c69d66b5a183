import { SlidePoints } from '../../presenter/slide-shell';
import type { ModelSlide } from '../screen-props';
import { ExhibitDiagram } from './exhibit-diagram';
import './stage-answer-slide.css';

/** The stage the exhibit shows, why, and the exhibit beside it, for the room. */
export const StageAnswerSlide: ModelSlide<'stage-choice'> = ({ definition }) => (
  <div className="model-with-figure">
    <div className="model model--stage-answer">
      <p className="model__headline">{definition.model.headline}</p>
      <SlidePoints points={definition.model.points} />
    </div>
    <ExhibitDiagram exhibit={definition.exhibit} />
  </div>
);
