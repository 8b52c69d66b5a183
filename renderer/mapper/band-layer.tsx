import { memo } from 'react';
import {
  BAND_HEIGHT,
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  HEADER_HEIGHT,
  SIDE_WIDTH,
  bandTop,
  sideX,
} from '../../shared/domain/contact-map-layout';
import { levelLabels, levels, sides } from '../../shared/domain/contact-map';
import './band-layer.css';

interface BandLayerProps {
  supplierLabel: string;
  customerLabel: string;
}

/**
 * The two organisations and their four level bands, drawn in canvas coordinates (inside the
 * viewport, so they pan and zoom with the cards). Decorative for assistive technology: the
 * cards' own labels and the "Map as a list" table carry the same information.
 */
export const BandLayer = memo(function BandLayer({ supplierLabel, customerLabel }: BandLayerProps) {
  return (
    <div
      className="band-layer"
      aria-hidden="true"
      style={{ width: CANVAS_WIDTH, height: CANVAS_HEIGHT }}
    >
      {sides.map((side) => (
        <div
          key={side}
          className={`band-column band-column--${side}`}
          style={{ left: sideX(side), width: SIDE_WIDTH, height: CANVAS_HEIGHT }}
        >
          <div className="band-column__title" style={{ height: HEADER_HEIGHT }}>
            {side === 'supplier' ? supplierLabel : customerLabel}
          </div>
          {levels.map((level) => (
            <div
              key={level}
              className={`band band--${level}`}
              style={{ top: bandTop(level), height: BAND_HEIGHT }}
            >
              <span className="band__label">{levelLabels[level]}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
});
