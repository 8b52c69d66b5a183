import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import { stageInfo } from '../../../shared/course/stages';
import { MAX_TOTAL, stageBands } from '../../../shared/domain/stage';
import { formatShortDate } from '../../../shared/format/dates';

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 6;

/**
 * A small line of the totals over time, oldest on the left, over the four bands shaded; its
 * axes say what is plotted: the total from 0 to 18 up, the dates the scorings were saved across.
 */
export function ScoreTrend({ scorings }: { scorings: readonly StageScoring[] }) {
  const oldestFirst = [...scorings].reverse();
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, oldestFirst.length - 1);
  const y = (total: number) => PAD + ((MAX_TOTAL - total) * (HEIGHT - 2 * PAD)) / MAX_TOTAL;
  const points = oldestFirst.map((s, i) => `${x(i)},${y(s.total)}`).join(' ');
  const label = `Totals over time, oldest first: ${oldestFirst
    .map((s) => `${s.total} (${stageInfo[s.stage].label})`)
    .join(', ')}`;

  const first = oldestFirst[0];
  const last = oldestFirst.at(-1);
  return (
    <figure className="score-trend-figure">
      <div className="score-trend-figure__plot">
        <div className="score-trend-figure__y" aria-hidden="true">
          <span>{MAX_TOTAL}</span>
          <span className="score-trend-figure__axis-name">Total</span>
          <span>0</span>
        </div>
        <svg
          className="score-trend"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={label}
          preserveAspectRatio="none"
        >
          {stageBands.map((band) => (
            <rect
              key={band.stage}
              className={`score-trend__band score-trend__band--${band.stage}`}
              x={0}
              width={WIDTH}
              // Bands meet half-way between their whole totals, so no gap shows between them.
              y={y(Math.min(MAX_TOTAL, band.max + 0.5))}
              height={y(Math.max(0, band.min - 0.5)) - y(Math.min(MAX_TOTAL, band.max + 0.5))}
            />
          ))}
          <polyline
            className="score-trend__line"
            points={points}
            vectorEffect="non-scaling-stroke"
          />
          {oldestFirst.map((s, i) => (
            <circle key={s.id} className="score-trend__point" cx={x(i)} cy={y(s.total)} r={3} />
          ))}
        </svg>
      </div>
      <figcaption className="score-trend-figure__x" aria-hidden="true">
        <span>{first ? formatShortDate(first.scoredAt) : ''}</span>
        <span className="score-trend-figure__axis-name">Date saved</span>
        <span>{last && last !== first ? formatShortDate(last.scoredAt) : ''}</span>
      </figcaption>
    </figure>
  );
}
