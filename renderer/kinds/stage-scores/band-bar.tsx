import { stageInfo } from '../../../shared/course/stages';
import { MAX_TOTAL, stageBands, type Stage } from '../../../shared/domain/stage';

/** "Basic 0–6": a band's label with its range. */
function bandLabel(band: (typeof stageBands)[number]): string {
  return `${stageInfo[band.stage].label} ${band.min}–${band.max}`;
}

/** The four bands of the total, each as wide as the totals it holds, with a marker at the total. */
export function BandBar({ total, stage }: { total: number | null; stage: Stage | null }) {
  const bands = stageBands.map(bandLabel).join(', ');
  const description =
    total === null || stage === null
      ? `Stage bands: ${bands}. No total until all six statements are answered.`
      : `Stage bands: ${bands}. The total of ${total} is in ${stageInfo[stage].label}.`;
  // Each whole total gets an equal share of the bar, so a band's width is its count of totals.
  const slots = MAX_TOTAL + 1;

  return (
    <div className="band-bar" role="img" aria-label={description}>
      <div className="band-bar__track">
        {stageBands.map((band) => (
          <div
            key={band.stage}
            className={`band-bar__band band-bar__band--${band.stage}${band.stage === stage ? ' band-bar__band--current' : ''}`}
            style={{ flexGrow: band.max - band.min + 1 }}
          >
            <span className="band-bar__name">{stageInfo[band.stage].label}</span>
            <span className="band-bar__range">
              {band.min}–{band.max}
            </span>
          </div>
        ))}
      </div>
      {total !== null && (
        <div className="band-bar__marker" style={{ left: `${((total + 0.5) / slots) * 100}%` }}>
          <span className="band-bar__marker-value">{total}</span>
        </div>
      )}
    </div>
  );
}
