import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleMaps, linearOrganisationMap } from '../../../shared/course/example-maps';
import { reportedCrowdedMap } from '../../fixtures/workshops/generate-map';
import {
  HEADER_HEIGHT,
  MIN_ROWS,
  NODE_HEIGHT,
  NODE_WIDTH,
  STANDARD_FRAME,
  bandOf,
  defaultPosition,
  layoutContactMap,
  positionNear,
  storedPosition,
  storedPositions,
  type MapLayout,
  type Point,
} from '../../../shared/domain/contact-map-layout';
import {
  levels,
  sides,
  type ContactMap,
  type Link,
  type Person,
} from '../../../shared/domain/contact-map';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const cardRect = (at: Point): Rect => ({ ...at, width: NODE_WIDTH, height: NODE_HEIGHT });

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment from p to q passes through the inside of a rectangle (Liang–Barsky). */
function crosses(p: Point, q: Point, r: Rect): boolean {
  const inset = 0.5;
  const [x0, x1, y0, y1] = [
    r.x + inset,
    r.x + r.width - inset,
    r.y + inset,
    r.y + r.height - inset,
  ];
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [d, lo, hi, v] of [
    [dx, x0, x1, p.x],
    [dy, y0, y1, p.y],
  ] as const) {
    if (d === 0) {
      if (v <= lo || v >= hi) return false;
      continue;
    }
    let a = (lo - v) / d;
    let b = (hi - v) / d;
    if (a > b) [a, b] = [b, a];
    t0 = Math.max(t0, a);
    t1 = Math.min(t1, b);
    if (t0 >= t1) return false;
  }
  return true;
}

const segments = (points: readonly Point[]) =>
  points.slice(1).map((q, i) => [points[i]!, q] as const);

/** The overlap of two axis-parallel segments on one line, or 0 when they are not on one. */
function sharedLength(a: readonly [Point, Point], b: readonly [Point, Point]): number {
  const across = (s: readonly [Point, Point]) =>
    s[0].x === s[1].x ? 'v' : s[0].y === s[1].y ? 'h' : null;
  const kind = across(a);
  if (!kind || kind !== across(b)) return 0;
  const [fixedA, fixedB] = kind === 'v' ? [a[0].x, b[0].x] : [a[0].y, b[0].y];
  if (Math.abs(fixedA - fixedB) > 1) return 0;
  const range = (s: readonly [Point, Point]) => {
    const [u, v] = kind === 'v' ? [s[0].y, s[1].y] : [s[0].x, s[1].x];
    return [Math.min(u, v), Math.max(u, v)] as const;
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Everything a laid-out map promises, as failures in words (none when it keeps them all). */
function broken(map: ContactMap, layout: MapLayout): string[] {
  const failures: string[] = [];
  const { frame, cards } = layout;
  const rects = map.people.map((p) => [p, cardRect(cards[p.id]!)] as const);
  for (const [person, rect] of rects) {
    const band = frame.bands[person.level];
    const side = frame.sides[person.side];
    if (
      rect.x < side.start ||
      rect.x + rect.width > side.start + side.size ||
      rect.y < band.top ||
      rect.y + rect.height > band.top + band.height
    )
      failures.push(`${person.id} is outside its band`);
  }
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++)
      if (overlap(rects[i]![1], rects[j]![1]))
        failures.push(`${rects[i]![0].id} overlaps ${rects[j]![0].id}`);

  for (const route of layout.routes) {
    const points = route.points;
    for (const p of points)
      if (p.x < 0 || p.y < 0 || p.x > frame.width || p.y > frame.height)
        failures.push(`${route.id} leaves the canvas`);
    for (const [p, q] of segments(points))
      for (const [person, rect] of rects)
        if (crosses(p, q, rect)) failures.push(`${route.id} passes behind ${person.id}`);
    // Each end sits on a side edge of its card, clear of the corners, with no card over it.
    for (const [id, point, next] of [
      [route.from, points[0]!, points[1]!],
      [route.to, points.at(-1)!, points.at(-2)!],
    ] as const) {
      const card = cardRect(cards[id]!);
      const onEdge = point.x === card.x || point.x === card.x + card.width;
      if (!onEdge || point.y < card.y + 6 || point.y > card.y + card.height - 6)
        failures.push(`${route.id} does not meet ${id} on a side edge`);
      const outward = { x: point.x + Math.sign(next.x - point.x) * 3, y: point.y };
      for (const [person, rect] of rects)
        if (crosses(point, outward, rect) && person.id !== id)
          failures.push(`${person.id} covers where ${route.id} meets ${id}`);
    }
  }
  // No two lines run along one another, and no two leave a card edge at one point.
  const ends = new Map<string, number[]>();
  layout.routes.forEach((route, i) => {
    for (const [p, q] of [
      [route.points[0]!, route.points[1]!],
      [route.points.at(-1)!, route.points.at(-2)!],
    ] as const) {
      const key = `${p.x}|${Math.sign(q.x - p.x)}`;
      for (const y of ends.get(key) ?? [])
        if (Math.abs(y - p.y) < 1) failures.push(`${route.id} leaves a card where another does`);
      ends.set(key, [...(ends.get(key) ?? []), p.y]);
    }
    for (const other of layout.routes.slice(i + 1))
      for (const a of segments(route.points))
        for (const b of segments(other.points))
          if (sharedLength(a, b) > 1) failures.push(`${route.id} runs along ${other.id}`);
  });
  return failures;
}

/** A random map: people on random bands, links between random pairs, some stored positions. */
const arbitraryMap = (maxPeople: number) =>
  fc
    .array(
      fc.record({
        side: fc.constantFrom(...sides),
        level: fc.constantFrom(...levels),
        stored: fc.option(
          fc.record({
            x: fc.integer({ min: -200, max: 1800 }),
            y: fc.integer({ min: -100, max: 1400 }),
          }),
        ),
      }),
      { minLength: 1, maxLength: maxPeople },
    )
    .chain((drawn) =>
      fc
        .array(
          fc.tuple(
            fc.integer({ min: 0, max: drawn.length - 1 }),
            fc.integer({ min: 0, max: drawn.length - 1 }),
          ),
          { maxLength: drawn.length * 2 },
        )
        .map((pairs) => {
          const people: Person[] = drawn.map((d, i) => ({
            id: `p${i}`,
            side: d.side,
            level: d.level,
            department: 'Sales',
          }));
          const seen = new Set<string>();
          const links: Link[] = [];
          for (const [a, b] of pairs) {
            const key = a < b ? `${a}-${b}` : `${b}-${a}`;
            if (a === b || seen.has(key)) continue;
            seen.add(key);
            links.push({ id: `l${links.length}`, from: `p${a}`, to: `p${b}` });
          }
          const positions: Record<string, Point> = {};
          drawn.forEach((d, i) => {
            if (d.stored) positions[`p${i}`] = d.stored;
          });
          return { map: { people, links }, positions };
        }),
    );

function crowd(count: number): ContactMap {
  const people: Person[] = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    side: i % 2 === 0 ? 'supplier' : 'customer',
    level: levels[i % levels.length]!,
    department: 'Sales',
  }));
  return { people, links: [] };
}

describe('layoutContactMap', () => {
  it('keeps every card in its band, apart from every other, and every line clear of every card', () => {
    for (const map of [
      linearOrganisationMap,
      ...exampleMaps.map((e) => e.map),
      reportedCrowdedMap(),
    ])
      expect(broken(map, layoutContactMap(map))).toEqual([]);
  });

  it('keeps its promises for any map of up to forty people, wherever their cards were stored', () => {
    fc.assert(
      fc.property(arbitraryMap(40), ({ map, positions }) => {
        expect(broken(map, layoutContactMap(map, positions))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('grows a crowded band instead of stacking its cards, and keeps the others as they are', () => {
    const map = reportedCrowdedMap();
    const layout = layoutContactMap(map);
    expect(layout.frame.bands.middle.rows.length).toBe(3);
    expect(layout.frame.bands.board.rows.length).toBe(MIN_ROWS);
    expect(layout.frame.bands.middle.height).toBeGreaterThan(layout.frame.bands.board.height);
  });

  it('gives the same layout every time', () => {
    const map = reportedCrowdedMap();
    expect(layoutContactMap(map)).toEqual(layoutContactMap(map));
  });

  it('keeps a stored place; of two people stored on one place, the later takes the free place nearest it', () => {
    const map = crowd(16);
    const first = layoutContactMap(map);
    const stored = storedPositions(first);
    expect(layoutContactMap(map, stored).cards).toEqual(first.cards);
    // p8 is stored where p0 (same band, earlier in the map) sits: p0 keeps it, p8 moves next door.
    const clash = layoutContactMap(map, { ...stored, p8: stored.p0! });
    expect(clash.cards.p0).toEqual(first.cards.p0);
    expect(clash.cards.p8).not.toEqual(clash.cards.p0);
    expect(bandOf(clash.frame, clash.cards.p8!)).toEqual({ side: 'supplier', level: 'board' });
    expect(broken(map, clash)).toEqual([]);
  });

  it('finds a line behind a card, two lines run together and cards on top of each other', () => {
    const map: ContactMap = {
      people: ['a', 'b', 'c'].map((id) => ({
        id,
        side: 'supplier',
        level: 'board',
        department: 'IT',
      })),
      links: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ac', from: 'a', to: 'c' },
      ],
    };
    const layout = layoutContactMap(map);
    const { a, b } = layout.cards;
    const mid = (at: Point) => ({ x: at.x + NODE_WIDTH / 2, y: at.y + NODE_HEIGHT / 2 });
    const faulty: MapLayout = {
      ...layout,
      cards: { ...layout.cards, c: b! },
      routes: [
        { id: 'ab', from: 'a', to: 'b', contact: false, points: [mid(a!), mid(b!)] },
        { id: 'ac', from: 'a', to: 'c', contact: false, points: [mid(a!), mid(b!)] },
      ],
    };
    const failures = broken(map, faulty).join('\n');
    expect(failures).toContain('b overlaps c');
    expect(failures).toContain('ab passes behind');
    expect(failures).toContain('does not meet');
    expect(failures).toContain('ab runs along ac');
  });

  it('reads a place stored before the map grew at the same place in its band', () => {
    const map = reportedCrowdedMap();
    const layout = layoutContactMap(map);
    const stored = storedPositions(layout);
    // Someone joins the crowded middle band: the operational band moves down, its people with it.
    const newcomer: Person = { id: 'new', side: 'supplier', level: 'middle', department: 'IT' };
    const grown = { ...map, people: [...map.people, newcomer] };
    const after = layoutContactMap(grown, stored);
    for (const person of map.people)
      expect(after.slots[person.id]).toEqual(layout.slots[person.id]);
  });
});

describe('placing people', () => {
  it('puts a newcomer in the first free place of their band, down the front column first', () => {
    const map = crowd(16);
    const positions = storedPositions(layoutContactMap(map));
    const newcomer: Person = { id: 'new', side: 'supplier', level: 'board', department: 'IT' };
    const grown = { ...map, people: [...map.people, newcomer] };
    const at = defaultPosition(grown, newcomer, positions);
    const layout = layoutContactMap(grown, { ...positions, new: at });
    expect(layout.slots.new).toMatchObject({ side: 'supplier', level: 'board' });
    expect(broken(grown, layout)).toEqual([]);
    const first = layoutContactMap(crowd(1));
    expect(first.slots.p0).toMatchObject({ column: 0, row: 0 });
  });

  it('puts a card dropped on a taken place in the free place nearest where it was dropped', () => {
    const map = crowd(8);
    const layout = layoutContactMap(map);
    const positions = storedPositions(layout);
    // p1, on the customer's senior band, is dropped on p0's card on the supplier's board.
    const board = { side: 'supplier', level: 'board' } as const;
    const p1 = map.people[1]!;
    const at = positionNear(map, positions, p1, board, layout.frame, layout.cards.p0!);
    const moved = { ...map, people: map.people.map((p) => (p === p1 ? { ...p, ...board } : p)) };
    const after = layoutContactMap(moved, { ...positions, p1: at });
    expect(after.slots.p1).toMatchObject(board);
    expect(after.cards.p0).toEqual(layout.cards.p0);
    const p0 = after.cards.p0!;
    const p1At = after.cards.p1!;
    expect(Math.hypot(p1At.x - p0.x, p1At.y - p0.y)).toBeLessThanOrEqual(NODE_WIDTH + 64);
    expect(broken(moved, after)).toEqual([]);
  });

  it('stores a place as its card’s corner on the uncrowded map', () => {
    expect(storedPosition({ side: 'customer', level: 'board', column: 0, row: 0 })).toEqual({
      x: STANDARD_FRAME.columns.customer[0],
      y: STANDARD_FRAME.bands.board.rows[0],
    });
  });
});

describe('bandOf', () => {
  const frame = layoutContactMap(reportedCrowdedMap()).frame;

  it('finds the band of every card from its centre, on a grown map', () => {
    const layout = layoutContactMap(reportedCrowdedMap());
    for (const [id, at] of Object.entries(layout.cards)) {
      const slot = layout.slots[id]!;
      expect(bandOf(layout.frame, { x: at.x + NODE_WIDTH / 2, y: at.y + NODE_HEIGHT / 2 })).toEqual(
        {
          side: slot.side,
          level: slot.level,
        },
      );
    }
  });

  it('finds no band in the gap, the header or outside the canvas', () => {
    const gap = frame.sides.supplier.start + frame.sides.supplier.size + 1;
    const middle = frame.bands.middle.top + 10;
    expect(bandOf(frame, { x: gap, y: middle })).toBeNull();
    expect(bandOf(frame, { x: 10, y: HEADER_HEIGHT - 1 })).toBeNull();
    expect(bandOf(frame, { x: -1, y: middle })).toBeNull();
    expect(bandOf(frame, { x: frame.width, y: middle })).toBeNull();
    expect(bandOf(frame, { x: 10, y: frame.height })).toBeNull();
  });
});
