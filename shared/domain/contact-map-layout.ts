/**
 * Where people sit on a drawn contact map (exercise G): two organisations side by side,
 * supplier on the left and customer on the right, each with four level bands from the board
 * down. Pure geometry in canvas units, shared by the editor, the presenter view and the PDF.
 */
import { levels, type ContactMap, type Level, type Person, type Side } from './contact-map';

/** A point on the canvas; a person's position is the top-left corner of their card. */
export interface Point {
  x: number;
  y: number;
}

/** One band: a level of one organisation. */
export interface Band {
  side: Side;
  level: Level;
}

/** The size of a person's card. */
export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 72;
/** The width of one organisation's column. */
export const SIDE_WIDTH = 600;
/** The empty strip between the two organisations, where contacts cross. */
export const SIDE_GAP = 160;
/** The strip above the bands that carries each organisation's name. */
export const HEADER_HEIGHT = 64;
/** The height of one level band. */
export const BAND_HEIGHT = 200;
/** The strip at the top of each band that carries the level's name: cards stay below it. */
export const BAND_LABEL_HEIGHT = 30;
/** The margin kept between a card and the edges of its band. */
export const BAND_PADDING = 12;
/** The whole canvas. */
export const CANVAS_WIDTH = 2 * SIDE_WIDTH + SIDE_GAP;
export const CANVAS_HEIGHT = HEADER_HEIGHT + levels.length * BAND_HEIGHT;

/** The space between auto-placed cards. */
const SPACING = 12;
const COLUMN_PITCH = NODE_WIDTH + SPACING;
const ROW_PITCH = NODE_HEIGHT + SPACING;
// Three columns and two rows of cards fit a band: six people before cards start to overlap.
const COLUMNS = Math.floor((SIDE_WIDTH - 2 * BAND_PADDING + SPACING) / COLUMN_PITCH);
const ROWS = Math.floor((BAND_HEIGHT - BAND_LABEL_HEIGHT - BAND_PADDING + SPACING) / ROW_PITCH);
/** The grid a crowded band is searched on for the least covered spot, in canvas units. */
const CROWDED_STEP = { x: 16, y: 8 };

/** The left edge of a side's column. */
export function sideX(side: Side): number {
  return side === 'supplier' ? 0 : SIDE_WIDTH + SIDE_GAP;
}

/** The top edge of a level's band. */
export function bandTop(level: Level): number {
  return HEADER_HEIGHT + levels.indexOf(level) * BAND_HEIGHT;
}

/** The band a point falls in, or null in the gap, the header or outside the canvas. */
export function bandOf(point: Point): Band | null {
  const { x, y } = point;
  let side: Side;
  if (x >= 0 && x < SIDE_WIDTH) side = 'supplier';
  else if (x >= SIDE_WIDTH + SIDE_GAP && x < CANVAS_WIDTH) side = 'customer';
  else return null;
  const row = Math.floor((y - HEADER_HEIGHT) / BAND_HEIGHT);
  const level = y >= HEADER_HEIGHT ? levels[row] : undefined;
  return level ? { side, level } : null;
}

/** A card position moved, as little as possible, to lie wholly inside the band. */
export function clampToBand(point: Point, band: Band): Point {
  const left = sideX(band.side) + BAND_PADDING;
  const right = sideX(band.side) + SIDE_WIDTH - BAND_PADDING - NODE_WIDTH;
  const top = bandTop(band.level) + BAND_LABEL_HEIGHT;
  const bottom = bandTop(band.level) + BAND_HEIGHT - BAND_PADDING - NODE_HEIGHT;
  return {
    x: Math.min(right, Math.max(left, point.x)),
    y: Math.min(bottom, Math.max(top, point.y)),
  };
}

/**
 * The n-th of a band's regular places (n < COLUMNS × ROWS): a grid filled from the gap outwards
 * (right to left on the supplier's side), so the first people of each band sit nearest the
 * contacts' lines.
 */
function slot(band: Band, n: number): Point {
  const across = (n % COLUMNS) * COLUMN_PITCH;
  const left = sideX(band.side) + BAND_PADDING;
  const right = sideX(band.side) + SIDE_WIDTH - BAND_PADDING - NODE_WIDTH;
  return {
    x: band.side === 'supplier' ? right - across : left + across,
    y: bandTop(band.level) + BAND_LABEL_HEIGHT + Math.floor(n / COLUMNS) * ROW_PITCH,
  };
}

/** How much of two cards lies on top of each other, in square canvas units. */
function overlapArea(a: Point, b: Point): number {
  const across = NODE_WIDTH - Math.abs(a.x - b.x);
  const down = NODE_HEIGHT - Math.abs(a.y - b.y);
  return across > 0 && down > 0 ? across * down : 0;
}

const overlaps = (a: Point, b: Point) => overlapArea(a, b) > 0;

/**
 * In a band whose regular places are taken, the spot on a fine grid where a new card hides
 * least of any one card already there, then least of them all, then nearest the gap: a
 * crowded band overlaps its cards a little each instead of stacking them.
 */
function leastCoveredSpot(band: Band, taken: readonly Point[]): Point {
  const left = sideX(band.side) + BAND_PADDING;
  const right = sideX(band.side) + SIDE_WIDTH - BAND_PADDING - NODE_WIDTH;
  const top = bandTop(band.level) + BAND_LABEL_HEIGHT;
  const bottom = bandTop(band.level) + BAND_HEIGHT - BAND_PADDING - NODE_HEIGHT;
  let best = { x: band.side === 'supplier' ? right : left, y: top };
  let bestWorst = Number.POSITIVE_INFINITY;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (let across = 0; across <= right - left; across += CROWDED_STEP.x) {
    const x = band.side === 'supplier' ? right - across : left + across;
    for (let y = top; y <= bottom; y += CROWDED_STEP.y) {
      let worst = 0;
      let total = 0;
      for (const card of taken) {
        const area = overlapArea({ x, y }, card);
        worst = Math.max(worst, area);
        total += area;
      }
      if (worst < bestWorst || (worst === bestWorst && total < bestTotal)) {
        best = { x, y };
        bestWorst = worst;
        bestTotal = total;
      }
    }
  }
  return best;
}

/**
 * Places the people of one band: stored positions clamped into the band, everyone else in
 * map order on the first free regular place (one is taken when a card overlaps it), and once
 * those are gone on the least covered spot.
 */
function placeBand(
  members: readonly Person[],
  band: Band,
  positions: Readonly<Record<string, Point>>,
  into: Record<string, Point>,
): void {
  const taken: Point[] = [];
  const unplaced: Person[] = [];
  for (const person of members) {
    const at = positions[person.id];
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
      const clamped = clampToBand(at, band);
      into[person.id] = clamped;
      taken.push(clamped);
    } else {
      unplaced.push(person);
    }
  }
  let n = 0;
  for (const person of unplaced) {
    while (n < COLUMNS * ROWS && taken.some((card) => overlaps(card, slot(band, n)))) n += 1;
    const at = n < COLUMNS * ROWS ? slot(band, n++) : leastCoveredSpot(band, taken);
    into[person.id] = at;
    taken.push(at);
  }
}

const bandKey = (band: Band) => `${band.side}|${band.level}`;

function membersByBand(people: readonly Person[]): Map<string, Person[]> {
  const byBand = new Map<string, Person[]>();
  for (const person of people) {
    const key = bandKey(person);
    const list = byBand.get(key);
    if (list) list.push(person);
    else byBand.set(key, [person]);
  }
  return byBand;
}

/**
 * Where every person of the map sits: stored positions clamped into the person's own band,
 * everyone without one placed in their band so cards do not overlap. Deterministic.
 */
export function layoutContactMap(
  map: ContactMap,
  positions: Readonly<Record<string, Point>> = {},
): Record<string, Point> {
  const placed: Record<string, Point> = {};
  for (const members of membersByBand(map.people).values()) {
    placeBand(members, members[0]!, positions, placed);
  }
  return placed;
}

/** Where a person without a stored position is placed in their band (the others keep theirs). */
export function defaultPosition(
  map: ContactMap,
  person: Person,
  positions: Readonly<Record<string, Point>> = {},
): Point {
  const members = map.people.filter((p) => p.side === person.side && p.level === person.level);
  if (!members.some((p) => p.id === person.id)) members.push(person);
  const rest = { ...positions };
  delete rest[person.id];
  const placed: Record<string, Point> = {};
  placeBand(members, person, rest, placed);
  return placed[person.id]!;
}
