import { SlidePoints } from '../../presenter/slide-shell';
import type { ModelSlide } from '../screen-props';

/** A list's model answer for the room: its ideas and the theme that ties them. */
export const ListModelSlide: ModelSlide<'list'> = ({ definition: { model } }) => (
  <div className="model model--list">
    <p className="model__intro slide__text">{model.intro}</p>
    <SlidePoints points={model.items.map((item) => item.text)} />
    <p className="model__theme slide__text">{model.theme}</p>
  </div>
);
