import { memo } from 'react';
import { HEADER_HEIGHT, type MapFrame } from '../../shared/domain/contact-map-layout';
import { levelLabels, levels, sides } from '../../shared/domain/contact-map';
import './band-layer.css';

interface BandLayerProps {
  frame: MapFrame;
  supplierLabel: string;
  customerLabel: string;
}

/**
 * The two organisations and their four level bands, drawn in canvas coordinates (inside the
 * viewport, so they pan and zoom with the cards), beneath the lines. Decorative for assistive
 * technology: the cards' own labels and the "Map as a list" table carry the same information.
 */
export const BandLayer = memo(function BandLayer({
  frame,
  supplierLabel,
  customerLabel,
}: BandLayerProps) {
  return (
    <div
      className="band-layer"
      aria-hidden="true"
      style={{ width: frame.width, height: frame.height }}
    >
      {sides.map((side) => (
        <div
          key={side}
          className={`band-column band-column--${side}`}
          style={{
            left: frame.sides[side].start,
            width: frame.sides[side].size,
            height: frame.height,
          }}
        >
          <div className="band-column__title" style={{ height: HEADER_HEIGHT }}>
            {side === 'supplier' ? supplierLabel : customerLabel}
          </div>
          {levels.map((level) => (
            <div
              key={level}
              className={`band band--${level}`}
              style={{ top: frame.bands[level].top, height: frame.bands[level].height }}
            />
          ))}
        </div>
      ))}
    </div>
  );
});

/**
 * Each band's level name, at the band's outer end, above the lines: a line passing the strip
 * runs under the name rather than through it.
 */
export const BandLabels = memo(function BandLabels({ frame }: { frame: MapFrame }) {
  return (
    <div
      className="band-labels"
      aria-hidden="true"
      style={{ width: frame.width, height: frame.height }}
    >
      {sides.flatMap((side) =>
        levels.map((level) => (
          <span
            key={`${side}-${level}`}
            className={`band-label band-label--${side}`}
            style={{
              top: frame.bands[level].top,
              left: frame.sides[side].start,
              width: frame.sides[side].size,
            }}
          >
            <span className="band-label__text">{levelLabels[level]}</span>
          </span>
        )),
      )}
    </div>
  );
});
