import type { ModelAnswer as Model } from '../../shared/course/exercises';
import { stageInfo } from '../../shared/course/stages';
import { stageBands } from '../../shared/domain/stage';
import { SlidePoints } from './slide-shell';

/**
 * A revealed model answer or debrief, laid out for the room. Rendered only once revealed:
 * before that, none of its words are in the page.
 */
export function ModelAnswer({ model }: { model: Model }) {
  switch (model.kind) {
    case 'list':
      return (
        <div className="model model--list">
          <p className="model__intro slide__text">{model.intro}</p>
          <SlidePoints points={model.items.map((item) => item.text)} />
          <p className="model__theme slide__text">{model.theme}</p>
        </div>
      );
    case 'debrief':
    case 'patterns':
      return (
        <div className={`model model--${model.kind}`}>
          <p className="model__intro slide__text">{model.intro}</p>
          <SlidePoints points={model.points} />
        </div>
      );
    case 'stage-characteristics':
      return (
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
    case 'pros-and-cons':
      return (
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
    case 'stage-answer':
      return (
        <div className="model model--stage-answer">
          <p className="model__headline">{model.headline}</p>
          <SlidePoints points={model.points} />
        </div>
      );
  }
}
