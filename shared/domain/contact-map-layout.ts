/**
 * Where people and lines sit on a drawn contact map (exercise G), shared by the editor, the
 * read-only maps and the PDF. Every person has a slot of their own in their band (see
 * contact-map-grid): the one their stored position asks for when it is free, else the free slot
 * nearest it, and for someone without one the first free slot from the gap outwards, down the
 * front column first. A band has rows enough for its people, so no two cards ever overlap; the
 * lines run along the streets between them (contact-map-routes), which widen to hold them.
 *
 * Stored positions are card corners read against the standard frame of an uncrowded map, so a
 * stored place keeps its meaning however the map grows around it.
 */
import {
  COLUMNS,
  MIN_ROWS,
  NODE_WIDTH,
  ROW_PITCH,
  STANDARD_FRAME,
  STREET_WIDTH,
  buildFrame,
  nearestSlot,
  slotPoint,
  type Band,
  type MapFrame,
  type Point,
  type Slot,
} from './contact-map-grid';
import { levels, type ContactMap, type Level, type Person } from './contact-map-model';
import { drawRoutes, planRoutes, type LinkRoute } from './contact-map-routes';

export * from './contact-map-grid';
export { roundedPath, svgPath, type LinkRoute, type PathStep } from './contact-map-routes';

/** A map laid out: its frame, each person's card and slot, and each link's route. */
export interface MapLayout {
  frame: MapFrame;
  /** Each person's card, by its top-left corner. */
  cards: Record<string, Point>;
  slots: Record<string, Slot>;
  routes: LinkRoute[];
}

/** The slot a stored position asks for in a band (its row may lie past the band's last). */
export function storedSlot(band: Band, at: Point): Slot {
  return nearestSlot(STANDARD_FRAME, band, at);
}

/** How a slot is stored: its card's corner on the standard frame. */
export function storedPosition(slot: Slot): Point {
  return slotPoint(STANDARD_FRAME, slot);
}

/** Rows each level needs: as many as its more crowded side fills, COLUMNS people a row. */
function rowsNeeded(people: readonly Person[]): Record<Level, number> {
  const counts = new Map<string, number>();
  for (const p of people)
    counts.set(`${p.side}|${p.level}`, (counts.get(`${p.side}|${p.level}`) ?? 0) + 1);
  const rows = {} as Record<Level, number>;
  for (const level of levels) {
    const most = Math.max(
      counts.get(`supplier|${level}`) ?? 0,
      counts.get(`customer|${level}`) ?? 0,
    );
    rows[level] = Math.max(MIN_ROWS, Math.ceil(most / COLUMNS));
  }
  return rows;
}

/** One band's slots, taken one by one. */
class BandSlots {
  private readonly taken = new Set<number>();
  constructor(
    private readonly band: Band,
    private readonly rows: number,
  ) {}

  /** Slots in the order new people take them: down the front column first, then the next. */
  private index(column: number, row: number): number {
    return column * this.rows + row;
  }

  private slot(index: number): Slot {
    return { ...this.band, column: Math.floor(index / this.rows), row: index % this.rows };
  }

  /** Takes the wanted slot if it is free; false when someone has it. */
  take(wanted: Slot): Slot | null {
    const row = Math.min(wanted.row, this.rows - 1);
    const index = this.index(Math.min(wanted.column, COLUMNS - 1), row);
    if (this.taken.has(index)) return null;
    this.taken.add(index);
    return this.slot(index);
  }

  /** Takes the free slot nearest the wanted one, the earliest in order among equals. */
  takeNearest(wanted: Slot): Slot {
    let best = -1;
    let bestDistance = Infinity;
    for (let index = 0; index < COLUMNS * this.rows; index++) {
      if (this.taken.has(index)) continue;
      const { column, row } = this.slot(index);
      const distance = Math.hypot(
        (column - wanted.column) * (NODE_WIDTH + STREET_WIDTH),
        (row - wanted.row) * ROW_PITCH,
      );
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    this.taken.add(best);
    return this.slot(best);
  }

  /** Takes the first free slot. */
  takeFirst(): Slot {
    let index = 0;
    while (this.taken.has(index)) index += 1;
    this.taken.add(index);
    return this.slot(index);
  }
}

/**
 * Gives every person a slot in their own band: first those whose stored position asks for a
 * free slot, in map order; then each `wishes` (a slot wanted for someone being placed), then
 * those whose slot was taken, each the free slot nearest what they asked for; then everyone
 * else, the first free slot each.
 */
export function placePeople(
  people: readonly Person[],
  positions: Readonly<Record<string, Point>> = {},
  wishes: Readonly<Record<string, Slot>> = {},
): { rows: Record<Level, number>; slots: Record<string, Slot> } {
  const rows = rowsNeeded(people);
  const bands = new Map<string, BandSlots>();
  const bandOf = (p: Person) => {
    const key = `${p.side}|${p.level}`;
    let band = bands.get(key);
    if (!band) bands.set(key, (band = new BandSlots(p, rows[p.level])));
    return band;
  };
  const slots: Record<string, Slot> = {};
  const later = new Map<Person, Slot>();
  for (const person of people) {
    const at = positions[person.id];
    if (wishes[person.id] || !at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) continue;
    const wanted = storedSlot(person, at);
    const slot = bandOf(person).take(wanted);
    if (slot) slots[person.id] = slot;
    else later.set(person, wanted);
  }
  for (const person of people) {
    const wish = wishes[person.id];
    if (wish) slots[person.id] = bandOf(person).takeNearest({ ...wish, ...bandKeys(person) });
  }
  for (const [person, wanted] of later) slots[person.id] = bandOf(person).takeNearest(wanted);
  for (const person of people) slots[person.id] ??= bandOf(person).takeFirst();
  return { rows, slots };
}

const bandKeys = (band: Band): Band => ({ side: band.side, level: band.level });

/**
 * Lays a map out: every person in a slot of their band, the bands and streets grown to hold
 * them and their lines, and every link's route. Deterministic.
 */
export function layoutContactMap(
  map: ContactMap,
  positions: Readonly<Record<string, Point>> = {},
): MapLayout {
  const { rows, slots } = placePeople(map.people, positions);
  const firstRow = {} as Record<Level, number>;
  let total = 0;
  for (const level of levels) {
    firstRow[level] = total;
    total += rows[level];
  }
  const plan = planRoutes(map.links, slots, (s) => firstRow[s.level] + s.row, total + 1);
  const frame = buildFrame(rows, plan.demand);
  const cards: Record<string, Point> = {};
  for (const [id, slot] of Object.entries(slots)) cards[id] = slotPoint(frame, slot);
  return { frame, cards, slots, routes: drawRoutes(plan, frame, cards) };
}

/** Everyone's place written down as stored positions, so a change to the map moves nobody. */
export function storedPositions(layout: Pick<MapLayout, 'slots'>): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const [id, slot] of Object.entries(layout.slots)) positions[id] = storedPosition(slot);
  return positions;
}

/** Where a person without a stored position is placed in their band (the others keep theirs). */
export function defaultPosition(
  map: ContactMap,
  person: Person,
  positions: Readonly<Record<string, Point>> = {},
): Point {
  const people = map.people.some((p) => p.id === person.id)
    ? map.people.map((p) => (p.id === person.id ? person : p))
    : [...map.people, person];
  const rest = { ...positions };
  delete rest[person.id];
  return storedPosition(placePeople(people, rest).slots[person.id]!);
}

/**
 * The stored position of the free slot of `band` nearest `at`, a card's corner on `frame` (the
 * map as the user sees it): where a person dropped there lands, in their new band if it is one.
 */
export function positionNear(
  map: ContactMap,
  positions: Readonly<Record<string, Point>>,
  person: Person,
  band: Band,
  frame: MapFrame,
  at: Point,
): Point {
  const moved = { ...person, ...bandKeys(band) };
  const people = map.people.map((p) => (p.id === person.id ? moved : p));
  const { slots } = placePeople(people, positions, {
    [person.id]: nearestSlot(frame, band, at),
  });
  return storedPosition(slots[person.id]!);
}
