/**
 * How the lines of a drawn contact map run (exercise G): from a card's side edge along the
 * streets between the columns and rows of cards, so that no line passes behind a card, and across
 * the gap between the organisations. Every line that runs along a street has a track of its own,
 * and every line that leaves a card's edge its own point on it, so no two lines merge into one.
 *
 * Routes are planned on the grid first (which streets, from where to where, in rows and columns),
 * which tells each street how many tracks it needs; the frame grows to give them room, and the
 * planned routes are then drawn on it.
 */
import {
  COLUMNS,
  NODE_HEIGHT,
  NODE_WIDTH,
  TRACK_SPACING,
  STREET_MARGIN,
  type MapFrame,
  type Point,
  type Slot,
  type StreetDemand,
} from './contact-map-grid';
import type { Link, Side } from './contact-map-model';

/** A link as drawn: its corners, from the `from` card's edge to the `to` card's edge. */
export interface LinkRoute {
  id: string;
  from: string;
  to: string;
  /** Across the two organisations: a contact. */
  contact: boolean;
  points: Point[];
}

/** A card's side edge: left or right. */
export type Edge = 'l' | 'r';

/** The edge of a card on a side that faces the gap, and the one that faces away. */
const facing = (side: Side): Edge => (side === 'supplier' ? 'r' : 'l');
const outer = (side: Side): Edge => (side === 'supplier' ? 'l' : 'r');

/** The edge of a card in `column` beside column street k (k = column or column + 1). */
const edgeToward = (side: Side, column: number, k: number): Edge =>
  k === column ? facing(side) : outer(side);

/** One run along a street, in grid units: columns across, rows (+ 0.5 for a card's middle) down. */
interface Run {
  street: string;
  from: number;
  to: number;
  track: number;
}

/** Where a route leaves or reaches a card. */
interface End {
  id: string;
  slot: Slot;
  /** The card's row counted down the map. */
  row: number;
  edge: Edge;
  /** Where the route heads from here, in rows down the map: orders the points along an edge. */
  toward: number;
  /** The point on the edge, once the edge's ends are spread along it. */
  offset: number;
}

/** A step of a planned route between its two ends. */
type Step =
  | { kind: 'column'; side: Side; k: number; run: Run }
  | { kind: 'row'; side: Side; g: number; run: Run }
  | { kind: 'gap' };

interface Plan {
  link: Link;
  contact: boolean;
  a: End;
  b: End;
  /** From a to b. */
  steps: Step[];
}

const columnKey = (side: Side, k: number) => `c|${side}|${k}`;
const rowKey = (side: Side, g: number) => `r|${side}|${g}`;

function run(street: string, from: number, to: number): Run {
  return { street, from: Math.min(from, to), to: Math.max(from, to), track: 0 };
}

/**
 * The side of a contact from one end to the gap: out of the card's gap-facing edge, and for a card
 * behind the front column, down its front street to the row street above or below it (whichever
 * is toward the other end), then along that to the gap.
 */
function contactSide(end: End, towards: number): Step[] {
  const { side, column } = end.slot;
  if (column === 0) return [];
  const g = towards < end.row + 0.5 ? end.row : end.row + 1;
  return [
    { kind: 'column', side, k: column, run: run(columnKey(side, column), end.row + 0.5, g) },
    { kind: 'row', side, g, run: run(rowKey(side, g), column - 0.5, -0.5) },
  ];
}

/** The row a contact leaves its side on, for the other end to head towards. */
function exitRow(end: End, towards: number): number {
  if (end.slot.column === 0) return end.row + 0.5;
  return towards < end.row + 0.5 ? end.row : end.row + 1;
}

function planLink(link: Link, a: End, b: End): Plan {
  const side = a.slot.side;
  if (a.slot.side !== b.slot.side) {
    a.edge = facing(a.slot.side);
    b.edge = facing(b.slot.side);
    a.toward = exitRow(b, a.row + 0.5);
    b.toward = exitRow(a, b.row + 0.5);
    const fromA = contactSide(a, a.toward);
    const fromB = contactSide(b, b.toward);
    return { link, contact: true, a, b, steps: [...fromA, { kind: 'gap' }, ...fromB.reverse()] };
  }
  const [ca, cb] = [a.slot.column, b.slot.column];
  const down = (end: End) => end.row + 0.5;
  if (Math.abs(ca - cb) <= 1) {
    // One street: outside a shared column, or between two neighbouring columns.
    const k = ca === cb ? ca + 1 : Math.max(ca, cb);
    a.edge = edgeToward(side, ca, k);
    b.edge = edgeToward(side, cb, k);
    a.toward = down(b);
    b.toward = down(a);
    const step: Step = { kind: 'column', side, k, run: run(columnKey(side, k), down(a), down(b)) };
    return { link, contact: false, a, b, steps: [step] };
  }
  // Two columns apart: out into the street beside each card, and across the column between
  // along the row street just below the upper card (or above both, on one row).
  const upper = Math.min(a.row, b.row);
  const g = a.row === b.row ? upper : upper + 1;
  const ka = ca < cb ? ca + 1 : ca;
  const kb = cb < ca ? cb + 1 : cb;
  a.edge = edgeToward(side, ca, ka);
  b.edge = edgeToward(side, cb, kb);
  a.toward = g;
  b.toward = g;
  return {
    link,
    contact: false,
    a,
    b,
    steps: [
      { kind: 'column', side, k: ka, run: run(columnKey(side, ka), down(a), g) },
      { kind: 'row', side, g, run: run(rowKey(side, g), ka - 0.5, kb - 0.5) },
      { kind: 'column', side, k: kb, run: run(columnKey(side, kb), g, down(b)) },
    ],
  };
}

/**
 * Gives each run of a street a track: the lowest whose last run ended before this one starts
 * (runs that only touch still take different tracks). Returns how many tracks the street needs.
 */
function assignTracks(runs: Run[]): number {
  runs.sort((p, q) => p.from - q.from || p.to - q.to);
  const ends: number[] = [];
  for (const r of runs) {
    let track = ends.findIndex((end) => end < r.from);
    if (track === -1) track = ends.length;
    ends[track] = r.to;
    r.track = track;
  }
  return ends.length;
}

/** How far the points on two edges facing each other across a street are moved apart. */
const FACING_SHIFT = 12;

/**
 * Spreads the routes leaving each card edge along it, in the order they head off. Where the card
 * across the street has routes leaving the facing edge too, the two edges use different halves
 * (left edges the upper, right edges the lower), so two lines never meet across a street as if
 * they were one.
 */
function spreadEnds(plans: readonly Plan[]): void {
  const byEdge = new Map<string, End[]>();
  const key = (slot: Slot, edge: Edge) =>
    `${slot.side}|${slot.level}|${slot.column}|${slot.row}|${edge}`;
  for (const plan of plans) {
    for (const end of [plan.a, plan.b]) {
      const k = key(end.slot, end.edge);
      const list = byEdge.get(k);
      if (list) list.push(end);
      else byEdge.set(k, [end]);
    }
  }
  for (const list of byEdge.values()) {
    const { slot, edge } = list[0]!;
    const across = slot.column + (edge === outer(slot.side) ? 1 : -1);
    const shared =
      across >= 0 &&
      across < COLUMNS &&
      byEdge.has(key({ ...slot, column: across }, edge === 'l' ? 'r' : 'l'));
    const centre = shared ? (edge === 'l' ? -FACING_SHIFT : FACING_SHIFT) : 0;
    const room = shared ? NODE_HEIGHT / 2 - FACING_SHIFT - 8 : NODE_HEIGHT / 2 - 10;
    list.sort((p, q) => p.toward - q.toward);
    const step = list.length > 1 ? Math.min(12, (2 * room) / (list.length - 1)) : 0;
    list.forEach((end, i) => (end.offset = centre + (i - (list.length - 1) / 2) * step));
  }
}

/** The lines of a map planned on the grid, and the tracks each street needs. */
export interface RoutePlan {
  plans: Plan[];
  demand: StreetDemand;
  /** Tracks per street key, to place each track within its street. */
  tracks: ReadonlyMap<string, number>;
}

/**
 * Plans every link between two people placed on the grid. `rowOf` gives a slot's row counted
 * down the whole map. Links to someone not on the map, or from a person to themself, are left out.
 */
export function planRoutes(
  links: readonly Link[],
  slots: Readonly<Record<string, Slot>>,
  rowOf: (slot: Slot) => number,
  rowStreetCount: number,
): RoutePlan {
  const end = (id: string): End | null => {
    const slot = slots[id];
    return slot ? { id, slot, row: rowOf(slot), edge: 'l', toward: 0, offset: 0 } : null;
  };
  const plans: Plan[] = [];
  for (const link of links) {
    const a = end(link.from);
    const b = end(link.to);
    if (a && b && link.from !== link.to) plans.push(planLink(link, a, b));
  }
  spreadEnds(plans);
  const byStreet = new Map<string, Run[]>();
  for (const plan of plans)
    for (const step of plan.steps) {
      if (step.kind === 'gap') continue;
      const list = byStreet.get(step.run.street);
      if (list) list.push(step.run);
      else byStreet.set(step.run.street, [step.run]);
    }
  const tracks = new Map<string, number>();
  for (const [street, runs] of byStreet) tracks.set(street, assignTracks(runs));
  const column = Array.from({ length: COLUMNS + 1 }, (_, k) =>
    Math.max(tracks.get(columnKey('supplier', k)) ?? 0, tracks.get(columnKey('customer', k)) ?? 0),
  );
  const row = Array.from({ length: rowStreetCount }, (_, g) =>
    Math.max(tracks.get(rowKey('supplier', g)) ?? 0, tracks.get(rowKey('customer', g)) ?? 0),
  );
  return { plans, demand: { column, row }, tracks };
}

/** Where track `track` of `count` lies across a street that starts at `start` and is `size` wide. */
function trackAt(start: number, size: number, track: number, count: number): number {
  const spacing = count > 1 ? Math.min(TRACK_SPACING, (size - 2 * STREET_MARGIN) / (count - 1)) : 0;
  return start + size / 2 + (track - (count - 1) / 2) * spacing;
}

/** Draws planned routes on the frame the plan made room for, with each card's top-left corner. */
export function drawRoutes(
  plan: RoutePlan,
  frame: MapFrame,
  cards: Readonly<Record<string, Point>>,
): LinkRoute[] {
  const port = (end: End): Point => {
    const at = cards[end.id]!;
    return {
      x: at.x + (end.edge === 'r' ? NODE_WIDTH : 0),
      y: at.y + NODE_HEIGHT / 2 + end.offset,
    };
  };
  return plan.plans.map(({ link, contact, a, b, steps }) => {
    const points: Point[] = [port(a)];
    let at = points[0]!;
    steps.forEach((step, i) => {
      if (step.kind === 'column') {
        const street = frame.columnStreets[step.side][step.k]!;
        const x = trackAt(
          street.start,
          street.size,
          step.run.track,
          plan.tracks.get(step.run.street)!,
        );
        // A column run ends at the next step's track, or at the far card's point.
        const next = steps[i + 1];
        const y = next?.kind === 'row' ? rowTrackY(frame, plan, next) : port(b).y;
        points.push({ x, y: at.y }, { x, y });
        at = { x, y };
      } else if (step.kind === 'row') {
        const y = rowTrackY(frame, plan, step);
        const next = steps[i + 1];
        const x =
          next?.kind === 'column'
            ? trackAt(
                frame.columnStreets[next.side][next.k]!.start,
                frame.columnStreets[next.side][next.k]!.size,
                next.run.track,
                plan.tracks.get(next.run.street)!,
              )
            : frontEdge(frame, step.side);
        points.push({ x: at.x, y }, { x, y });
        at = { x, y };
      } else {
        // Across the gap, to where the other side's part begins.
        const rest = steps.slice(i + 1);
        const first = rest[0];
        const target =
          first?.kind === 'row'
            ? { x: frontEdge(frame, first.side), y: rowTrackY(frame, plan, first) }
            : port(b);
        points.push(target);
        at = target;
      }
    });
    points.push(port(b));
    const route = { id: link.id, from: link.from, to: link.to, contact, points: tidy(points) };
    return route;
  });
}

/** The y of a row run's track. */
function rowTrackY(frame: MapFrame, plan: RoutePlan, step: Extract<Step, { kind: 'row' }>): number {
  const street = frame.rowStreets[step.g]!;
  return trackAt(street.start, street.size, step.run.track, plan.tracks.get(step.run.street)!);
}

/** The x of the front column's gap-facing edge on a side. */
function frontEdge(frame: MapFrame, side: Side): number {
  const x = frame.columns[side][0]!;
  return side === 'supplier' ? x + NODE_WIDTH : x;
}

/** Corners without repeats: a point equal to the one before it adds nothing. */
function tidy(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || Math.abs(last.x - p.x) > 0.01 || Math.abs(last.y - p.y) > 0.01) out.push(p);
  }
  return out;
}

/** One step of a drawn path: a straight line, or a curve round a corner. */
export type PathStep =
  | { kind: 'move'; to: Point }
  | { kind: 'line'; to: Point }
  | { kind: 'curve'; control: Point; to: Point };

/** How round a line's corners are drawn, in canvas units: the same on screen and on paper. */
export const CORNER_RADIUS = 8;

/** A route's corners rounded with up to `radius`: the same path on screen and on paper. */
export function roundedPath(points: readonly Point[], radius = CORNER_RADIUS): PathStep[] {
  const first = points[0];
  if (!first) return [];
  const steps: PathStep[] = [{ kind: 'move', to: first }];
  for (let i = 1; i < points.length; i++) {
    const corner = points[i]!;
    const next = points[i + 1];
    if (!next) {
      steps.push({ kind: 'line', to: corner });
      break;
    }
    const before = points[i - 1]!;
    const lengthIn = Math.hypot(corner.x - before.x, corner.y - before.y);
    const lengthOut = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, lengthIn / 2, lengthOut / 2);
    const toward = (p: Point, length: number) => ({
      x: corner.x + ((p.x - corner.x) * r) / length,
      y: corner.y + ((p.y - corner.y) * r) / length,
    });
    steps.push({ kind: 'line', to: toward(before, lengthIn) });
    steps.push({ kind: 'curve', control: corner, to: toward(next, lengthOut) });
  }
  return steps;
}

/** A drawn path as SVG path data. */
export function svgPath(steps: readonly PathStep[]): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  return steps
    .map((s) =>
      s.kind === 'curve'
        ? `Q${n(s.control.x)},${n(s.control.y)} ${n(s.to.x)},${n(s.to.y)}`
        : `${s.kind === 'move' ? 'M' : 'L'}${n(s.to.x)},${n(s.to.y)}`,
    )
    .join(' ');
}
