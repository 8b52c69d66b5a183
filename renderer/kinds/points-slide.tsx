import { SlidePoints } from '../presenter/slide-shell';

/** A revealed debrief for the room: an introduction and its points. */
export function PointsSlide({ intro, points }: { intro: string; points: readonly string[] }) {
  return (
    <div className="model model--points">
      <p className="model__intro slide__text">{intro}</p>
      <SlidePoints points={points} />
    </div>
  );
}
