import { PointsSlide } from '../points-slide';
import type { ModelSlide } from '../screen-props';

/** The contact-map patterns to recognise, for the room. */
export const PatternsSlide: ModelSlide<'contact-map'> = ({ definition: { model } }) => (
  <PointsSlide intro={model.intro} points={model.points} />
);
