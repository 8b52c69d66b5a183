import { SlidePoints } from '../../presenter/slide-shell';
import type { ModelSlide } from '../screen-props';
import './pros-and-cons-slide.css';

/** The model's good and bad side by side, and the course's conclusion, for the room. */
export const ProsAndConsSlide: ModelSlide<'pros-and-cons'> = ({ definition: { model } }) => (
  <div className="model model--pros-cons">
    <p className="model__intro slide__text">{model.intro}</p>
    <div className="pros-cons-slide">
      <section className="pros-cons-slide__side pros-cons-slide__side--good" aria-label="Positives">
        <h2 className="pros-cons-slide__title">Positives</h2>
        <SlidePoints points={model.positives.map((item) => item.text)} />
      </section>
      <section className="pros-cons-slide__side pros-cons-slide__side--bad" aria-label="Negatives">
        <h2 className="pros-cons-slide__title">Negatives</h2>
        <SlidePoints points={model.negatives.map((item) => item.text)} />
      </section>
    </div>
    <p className="model__theme slide__text">{model.conclusion}</p>
  </div>
);
