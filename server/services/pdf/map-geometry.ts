import { levels, sides, type ContactMap, type Person } from '../../../shared/domain/contact-map';
import {
  BAND_HEIGHT,
  BAND_LABEL_HEIGHT,
  BAND_PADDING,
  layoutContactMap,
  NODE_HEIGHT,
  NODE_WIDTH,
  SIDE_WIDTH,
  bandTop,
  sideX,
  type Point,
} from '../../../shared/domain/contact-map-layout';

/** A person's card on the canvas, in the shared layout's canvas units. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many cards a band holds in the editor's layout before they start to overlap. */
const EDITOR_BAND_CAPACITY = 6;
/** Width to height of a compact card: room for a short name on one or two lines. */
const CARD_ASPECT = 2.4;
const GAP = 10;

function byBand(people: readonly Person[]): Map<string, Person[]> {
  const bands = new Map<string, Person[]>();
  for (const person of people) {
    const key = `${person.side}|${person.level}`;
    bands.set(key, [...(bands.get(key) ?? []), person]);
  }
  return bands;
}

/** Cards in a tight grid that fills the band: used when a band holds more than the editor's grid. */
function compactBand(members: readonly Person[], into: Map<string, CardRect>): void {
  const first = members[0];
  if (!first) return;
  const left = sideX(first.side) + BAND_PADDING;
  const top = bandTop(first.level) + BAND_LABEL_HEIGHT;
  const width = SIDE_WIDTH - 2 * BAND_PADDING;
  const height = BAND_HEIGHT - BAND_LABEL_HEIGHT - BAND_PADDING;
  const n = members.length;
  // As many columns as keep the cells near the card's shape.
  const columns = Math.max(
    1,
    Math.min(n, Math.ceil(Math.sqrt((n * width) / (height * CARD_ASPECT)))),
  );
  const rows = Math.ceil(n / columns);
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const gap = Math.min(GAP, cellHeight * 0.2, cellWidth * 0.1);
  members.forEach((person, i) => {
    into.set(person.id, {
      x: left + (i % columns) * cellWidth,
      y: top + Math.floor(i / columns) * cellHeight,
      width: Math.min(NODE_WIDTH, cellWidth - gap),
      height: Math.min(NODE_HEIGHT, cellHeight - gap),
    });
  });
}

/**
 * Where each person's card is drawn. Maps the editor can lay out without overlap keep the
 * learner's own arrangement (the shared layout); crowded maps are re-gridded band by band so
 * that even two hundred people stay legible, each in their own level and side.
 */
export function cardRects(
  map: ContactMap,
  positions: Readonly<Record<string, Point>> = {},
): Map<string, CardRect> {
  const bands = byBand(map.people);
  const rects = new Map<string, CardRect>();
  const crowded = [...bands.values()].some((m) => m.length > EDITOR_BAND_CAPACITY);
  if (!crowded) {
    const placed = layoutContactMap(map, positions);
    for (const person of map.people) {
      const at = placed[person.id];
      if (at) rects.set(person.id, { ...at, width: NODE_WIDTH, height: NODE_HEIGHT });
    }
    return rects;
  }
  for (const side of sides) {
    for (const level of levels) compactBand(bands.get(`${side}|${level}`) ?? [], rects);
  }
  return rects;
}
