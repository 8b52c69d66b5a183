import { PointsSlide } from '../points-slide';
import type { ModelSlide } from '../screen-props';

/** The top three's debrief for the room. */
export const DebriefSlide: ModelSlide<'top-three'> = ({ definition: { model } }) => (
  <PointsSlide intro={model.intro} points={model.points} />
);
