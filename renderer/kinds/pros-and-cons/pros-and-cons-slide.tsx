import { SlidePoints } from '../../presenter/slide-shell';
import type { ModelSlide } from '../screen-props';

/** The model's good and bad side by side, and the course's conclusion, for the room. */
export const ProsAndConsSlide: ModelSlide<'pros-and-cons'> = ({ definition: { model } }) => (
  <div className="model model--pros-cons">
    <p className="model__intro slide__text">{model.intro}</p>
    <div className="model__sides">
      <section className="model__side model__side--good" aria-label="Positives">
        <h2 className="model__side-title">Positives</h2>
        <SlidePoints points={model.positives.map((item) => item.text)} />
      </section>
      <section className="model__side model__side--bad" aria-label="Negatives">
        <h2 className="model__side-title">Negatives</h2>
        <SlidePoints points={model.negatives.map((item) => item.text)} />
      </section>
    </div>
    <p className="model__theme slide__text">{model.conclusion}</p>
  </div>
);
