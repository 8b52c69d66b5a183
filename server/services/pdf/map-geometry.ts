import type { MapFrame, MapLayout } from '../../../shared/domain/contact-map-layout';

/** The rectangle on the page a map is fitted into, in points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A laid-out map on the page: canvas units times `scale`, from the corner at x, y. */
export interface MapPlacement {
  layout: MapLayout;
  scale: number;
  x: number;
  y: number;
  height: number;
}

/**
 * The shared layout (the same places and lines as on screen) scaled to fit a box, whole, and
 * centred across it.
 */
export function placeMap(layout: MapLayout, box: Box): MapPlacement {
  const { width, height } = layout.frame;
  const scale = Math.min(box.width / width, box.height / height);
  return {
    layout,
    scale,
    x: box.x + (box.width - width * scale) / 2,
    y: box.y,
    height: height * scale,
  };
}

/** The height a map takes when fitted to a width. */
export function mapHeightForWidth(
  frame: Pick<MapFrame, 'width' | 'height'>,
  width: number,
): number {
  return (width / frame.width) * frame.height;
}
