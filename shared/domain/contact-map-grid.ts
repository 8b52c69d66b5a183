/**
 * The grid a drawn contact map (exercise G) is laid out on: two organisations side by side,
 * supplier on the left and customer on the right, each with four level bands from the board down.
 * A band holds its people's cards in COLUMNS columns (the first nearest the gap between the
 * organisations) and as many rows as they need. Between the columns and between the rows run
 * streets: the lines of the map travel along them, so no line passes behind a card, and a street
 * widens to give every line in it a track of its own. Pure geometry in canvas units.
 */
import { levels, sides, type Level, type Side } from './contact-map-model';

/** A point on the canvas; a card's position is its top-left corner. */
export interface Point {
  x: number;
  y: number;
}

/** One band: a level of one organisation. */
export interface Band {
  side: Side;
  level: Level;
}

/** A card's place in its band: its column (0 nearest the gap) and row (0 at the top). */
export interface Slot extends Band {
  column: number;
  row: number;
}

/** The size of a person's card. */
export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 72;
/** Columns of cards in a band. */
export const COLUMNS = 3;
/** Rows every band has, however few its people: room to drop a card. */
export const MIN_ROWS = 2;
/** The strip above the bands that carries each organisation's name. */
export const HEADER_HEIGHT = 64;
/** The empty strip between the two organisations, where contacts cross. */
export const SIDE_GAP = 160;
/** The strip at the top of each band that carries the level's name; no line runs along it. */
export const BAND_LABEL_HEIGHT = 30;
/** The margin below a band's last row, and between its front column and the gap. */
export const BAND_PADDING = 12;
/** The least space between two rows of cards. */
export const ROW_GAP = 24;
/** The least width of a street between two columns, and outside the last. */
export const STREET_WIDTH = 32;
/** The distance between two lines running side by side along a street. */
export const TRACK_SPACING = 8;
/** The space kept between a street's outermost track and the cards beside it. */
export const STREET_MARGIN = 4;

/** Where a run of a street lies across: its first coordinate and its width. */
export interface Span {
  start: number;
  size: number;
}

/** How many tracks each street needs: the lines that run along it side by side. */
export interface StreetDemand {
  /** Per street number k (1 … COLUMNS), the most either organisation needs. */
  column: readonly number[];
  /** Per row street g (0 above the first row … the number of rows, below the last). */
  row: readonly number[];
}

/** A map's whole geometry, grown to hold its people and its lines. */
export interface MapFrame {
  width: number;
  height: number;
  /** Each organisation's column of bands. */
  sides: Readonly<Record<Side, Span>>;
  /** Each column's card x, per side, the column nearest the gap first. */
  columns: Readonly<Record<Side, readonly number[]>>;
  /**
   * Each column street, per side, by number k: street k runs between column k - 1 and column k,
   * street COLUMNS outside the last column (index 0 is unused: column 0 faces the gap).
   */
  columnStreets: Readonly<Record<Side, readonly Span[]>>;
  /** Each level's band: its top, height and the y of each row of cards. */
  bands: Readonly<Record<Level, { top: number; height: number; rows: readonly number[] }>>;
  /** Each row street g, across both organisations: g above row g, counted down the map. */
  rowStreets: readonly Span[];
  /** The number, counted down the map, of each level's first row. */
  firstRow: Readonly<Record<Level, number>>;
}

/** The size a street needs for its tracks, at least `least`. */
export function streetSize(tracks: number, least: number): number {
  return Math.max(least, tracks > 0 ? tracks * TRACK_SPACING + 2 * STREET_MARGIN : 0);
}

/** The x of each column and street of one side, from the side's left edge. */
function sideGeometry(side: Side, left: number, streets: readonly number[]) {
  // From the gap outwards: the padding, then each column followed by the street outside it.
  const columns: number[] = [];
  const columnStreets: Span[] = [{ start: 0, size: 0 }];
  const width = BAND_PADDING + COLUMNS * NODE_WIDTH + streets.slice(1).reduce((a, b) => a + b, 0);
  let fromGap = BAND_PADDING;
  for (let column = 0; column < COLUMNS; column++) {
    const street = streets[column + 1]!;
    const cardFromGap = fromGap;
    const streetFromGap = fromGap + NODE_WIDTH;
    columns.push(
      side === 'supplier' ? left + width - cardFromGap - NODE_WIDTH : left + cardFromGap,
    );
    columnStreets.push({
      start: side === 'supplier' ? left + width - streetFromGap - street : left + streetFromGap,
      size: street,
    });
    fromGap = streetFromGap + street;
  }
  return { span: { start: left, size: width }, columns, columnStreets };
}

/**
 * The geometry of a map whose bands have `rows` rows each and whose streets need `demand`
 * tracks: every band at least MIN_ROWS high, every street at least its least size.
 */
export function buildFrame(rows: Readonly<Record<Level, number>>, demand: StreetDemand): MapFrame {
  const streets = Array.from({ length: COLUMNS + 1 }, (_, k) =>
    k === 0 ? 0 : streetSize(demand.column[k] ?? 0, STREET_WIDTH),
  );
  const supplier = sideGeometry('supplier', 0, streets);
  const customer = sideGeometry('customer', supplier.span.size + SIDE_GAP, streets);
  const need = (g: number) => streetSize(demand.row[g] ?? 0, 0);

  const bands = {} as Record<Level, { top: number; height: number; rows: number[] }>;
  const firstRow = {} as Record<Level, number>;
  const rowStreets: Span[] = [];
  let y = HEADER_HEIGHT;
  let g = 0;
  levels.forEach((level, i) => {
    // Above a band's first row: the band above's padding, this band's label strip, and below
    // the label (never across it) room for the lines along the street.
    const top = y + (i === 0 ? 0 : BAND_PADDING);
    const room = need(g);
    rowStreets.push({ start: top + BAND_LABEL_HEIGHT, size: room });
    y = top + BAND_LABEL_HEIGHT + room;
    firstRow[level] = g;
    const ys: number[] = [];
    for (let row = 0; row < Math.max(MIN_ROWS, rows[level]); row++) {
      if (row > 0) {
        const size = Math.max(ROW_GAP, need(g));
        rowStreets.push({ start: y, size });
        y += size;
      }
      ys.push(y);
      y += NODE_HEIGHT;
      g += 1;
    }
    const last = i === levels.length - 1;
    const below = last ? Math.max(BAND_PADDING, need(g)) : BAND_PADDING;
    if (last) rowStreets.push({ start: y, size: below });
    bands[level] = { top, height: y + below - top, rows: ys };
    if (last) y += below;
  });

  return {
    width: customer.span.start + customer.span.size,
    height: y,
    sides: { supplier: supplier.span, customer: customer.span },
    columns: { supplier: supplier.columns, customer: customer.columns },
    columnStreets: { supplier: supplier.columnStreets, customer: customer.columnStreets },
    bands,
    rowStreets,
    firstRow,
  };
}

const fewestRows = Object.fromEntries(levels.map((level) => [level, MIN_ROWS])) as Record<
  Level,
  number
>;

/**
 * The frame of an uncrowded map: every band MIN_ROWS high, every street its least size. Stored
 * positions are read against it, so they keep their meaning as the map grows.
 */
export const STANDARD_FRAME: MapFrame = buildFrame(fewestRows, { column: [], row: [] });

/** The distance from one row of cards to the next in an uncrowded band. */
export const ROW_PITCH = NODE_HEIGHT + ROW_GAP;

/** A slot's top-left corner on a frame; rows past a band's last are counted on at ROW_PITCH. */
export function slotPoint(frame: MapFrame, slot: Slot): Point {
  const rows = frame.bands[slot.level].rows;
  const last = rows.length - 1;
  return {
    x: frame.columns[slot.side][slot.column]!,
    y: slot.row <= last ? rows[slot.row]! : rows[last]! + (slot.row - last) * ROW_PITCH,
  };
}

/** The column and row of a band nearest a card's top-left corner on a frame (row unbounded). */
export function nearestSlot(frame: MapFrame, band: Band, at: Point): Slot {
  const columns = frame.columns[band.side];
  let column = 0;
  for (let c = 1; c < columns.length; c++)
    if (Math.abs(columns[c]! - at.x) < Math.abs(columns[column]! - at.x)) column = c;
  const rows = frame.bands[band.level].rows;
  let row = 0;
  for (let r = 1; r < rows.length; r++)
    if (Math.abs(rows[r]! - at.y) < Math.abs(rows[row]! - at.y)) row = r;
  // Below the last row the band would grow: count on at the uncrowded pitch.
  const beyond = Math.round((at.y - rows[rows.length - 1]!) / ROW_PITCH);
  if (beyond > 0) row = rows.length - 1 + beyond;
  return { ...band, column, row };
}

/** The band a point falls in on a frame, or null in the gap, a header or outside. */
export function bandOf(frame: MapFrame, point: Point): Band | null {
  const side = sides.find((s) => {
    const span = frame.sides[s];
    return point.x >= span.start && point.x < span.start + span.size;
  });
  if (!side) return null;
  const level = levels.find((l) => {
    const band = frame.bands[l];
    return point.y >= band.top && point.y < band.top + band.height;
  });
  return level ? { side, level } : null;
}
