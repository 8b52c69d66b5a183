import { describe, expect, it } from 'vitest';
import { exampleMaps, linearOrganisationMap } from '../../../shared/course/example-maps';
import {
  BAND_HEIGHT,
  BAND_LABEL_HEIGHT,
  BAND_PADDING,
  CANVAS_WIDTH,
  HEADER_HEIGHT,
  NODE_HEIGHT,
  NODE_WIDTH,
  SIDE_GAP,
  SIDE_WIDTH,
  bandOf,
  bandTop,
  defaultPosition,
  layoutContactMap,
  sideX,
  type Point,
} from '../../../shared/domain/contact-map-layout';
import { levels, type ContactMap, type Person } from '../../../shared/domain/contact-map';

function inside(point: Point, person: Person): boolean {
  const left = sideX(person.side);
  const top = bandTop(person.level);
  return (
    point.x >= left &&
    point.x + NODE_WIDTH <= left + SIDE_WIDTH &&
    point.y >= top &&
    point.y + NODE_HEIGHT <= top + BAND_HEIGHT
  );
}

const overlap = (a: Point, b: Point) =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

function crowd(count: number): ContactMap {
  const people: Person[] = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    side: i % 2 === 0 ? 'supplier' : 'customer',
    level: levels[i % levels.length]!,
    department: 'Sales',
  }));
  return { people, links: [] };
}

describe('bandOf', () => {
  it('maps a point in the supplier column to its level band', () => {
    expect(bandOf({ x: 10, y: HEADER_HEIGHT + 5 })).toEqual({ side: 'supplier', level: 'board' });
    expect(bandOf({ x: SIDE_WIDTH - 1, y: HEADER_HEIGHT + 3 * BAND_HEIGHT + 1 })).toEqual({
      side: 'supplier',
      level: 'operational',
    });
  });

  it('maps a point in the customer column to its level band', () => {
    expect(bandOf({ x: SIDE_WIDTH + SIDE_GAP, y: HEADER_HEIGHT + BAND_HEIGHT })).toEqual({
      side: 'customer',
      level: 'senior',
    });
    expect(bandOf({ x: CANVAS_WIDTH - 1, y: HEADER_HEIGHT + 2 * BAND_HEIGHT + 100 })).toEqual({
      side: 'customer',
      level: 'middle',
    });
  });

  it('puts a point on a boundary in the band below or to the right', () => {
    expect(bandOf({ x: 0, y: HEADER_HEIGHT + BAND_HEIGHT })?.level).toBe('senior');
    expect(bandOf({ x: 0, y: HEADER_HEIGHT + BAND_HEIGHT - 0.01 })?.level).toBe('board');
  });

  it('finds no band in the gap, the header or outside the canvas', () => {
    expect(bandOf({ x: SIDE_WIDTH, y: HEADER_HEIGHT + 10 })).toBeNull();
    expect(bandOf({ x: SIDE_WIDTH + SIDE_GAP - 1, y: HEADER_HEIGHT + 10 })).toBeNull();
    expect(bandOf({ x: 10, y: HEADER_HEIGHT - 1 })).toBeNull();
    expect(bandOf({ x: -1, y: HEADER_HEIGHT + 10 })).toBeNull();
    expect(bandOf({ x: CANVAS_WIDTH, y: HEADER_HEIGHT + 10 })).toBeNull();
    expect(bandOf({ x: 10, y: HEADER_HEIGHT + 4 * BAND_HEIGHT })).toBeNull();
  });

  it('finds the band of every auto-placed card from the card’s centre', () => {
    const map = crowd(40);
    const placed = layoutContactMap(map);
    for (const person of map.people) {
      const at = placed[person.id]!;
      expect(bandOf({ x: at.x + NODE_WIDTH / 2, y: at.y + NODE_HEIGHT / 2 })).toEqual({
        side: person.side,
        level: person.level,
      });
    }
  });
});

describe('layoutContactMap', () => {
  it('places every person of every course map inside their band, without overlaps', () => {
    for (const map of [linearOrganisationMap, ...exampleMaps.map((e) => e.map)]) {
      const placed = layoutContactMap(map);
      const points = map.people.map((p) => placed[p.id]!);
      map.people.forEach((p, i) => expect(inside(points[i]!, p)).toBe(true));
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++)
          expect(overlap(points[i]!, points[j]!)).toBe(false);
    }
  });

  it('gives the same layout every time', () => {
    const map = crowd(120);
    expect(layoutContactMap(map)).toEqual(layoutContactMap(map));
  });

  it('keeps everyone inside their band even when a band is crowded', () => {
    const map = crowd(400);
    const placed = layoutContactMap(map);
    for (const person of map.people) expect(inside(placed[person.id]!, person)).toBe(true);
  });

  it('keeps a stored position inside the band and clamps one outside it into the band', () => {
    const map = crowd(2);
    const inBand = { x: 100, y: bandTop('board') + 60 };
    expect(layoutContactMap(map, { p0: inBand }).p0).toEqual(inBand);
    const far = layoutContactMap(map, { p0: { x: 5000, y: -300 } }).p0!;
    expect(inside(far, map.people[0]!)).toBe(true);
  });

  it('auto-places people around stored cards rather than on top of them', () => {
    const map = crowd(16);
    const first = layoutContactMap(map);
    // p0 is stored where p8 (same band) would otherwise go.
    const stored = { p0: first.p8! };
    const placed = layoutContactMap(map, stored);
    expect(placed.p0).toEqual(first.p8);
    expect(overlap(placed.p8!, placed.p0!)).toBe(false);
  });
});

describe('defaultPosition', () => {
  it('agrees with the layout for a person without a stored position', () => {
    const map = crowd(24);
    const placed = layoutContactMap(map);
    for (const person of map.people)
      expect(defaultPosition(map, person)).toEqual(placed[person.id]);
  });

  it('places a newcomer in a free spot of their band', () => {
    const map = crowd(16);
    const positions = layoutContactMap(map);
    const newcomer: Person = { id: 'new', side: 'supplier', level: 'board', department: 'IT' };
    const at = defaultPosition({ ...map, people: [...map.people, newcomer] }, newcomer, positions);
    expect(inside(at, newcomer)).toBe(true);
    for (const p of map.people.filter((q) => q.side === 'supplier' && q.level === 'board'))
      expect(overlap(at, positions[p.id]!)).toBe(false);
  });
});

describe('a crowded band', () => {
  const band = (count: number): ContactMap => ({
    people: Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      side: 'customer',
      level: 'operational',
      department: 'Logistics',
    })),
    links: [],
  });
  const worstOverlap = (points: Point[]) => {
    let worst = 0;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const across = Math.max(0, NODE_WIDTH - Math.abs(points[i]!.x - points[j]!.x));
        const down = Math.max(0, NODE_HEIGHT - Math.abs(points[i]!.y - points[j]!.y));
        worst = Math.max(worst, (across * down) / (NODE_WIDTH * NODE_HEIGHT));
      }
    return worst;
  };

  it('seats six people side by side without overlaps', () => {
    const map = band(6);
    const placed = layoutContactMap(map);
    expect(worstOverlap(map.people.map((p) => placed[p.id]!))).toBe(0);
  });

  it('spreads ten or twelve people out, no two cards more than half on top of each other', () => {
    for (const count of [7, 10, 12]) {
      const map = band(count);
      const placed = layoutContactMap(map);
      const points = map.people.map((p) => placed[p.id]!);
      for (const [i, person] of map.people.entries()) expect(inside(points[i]!, person)).toBe(true);
      expect(worstOverlap(points)).toBeLessThanOrEqual(0.5);
    }
  });

  it('puts a newcomer to a full band where it hides least of any one card', () => {
    const map = band(9);
    const positions = layoutContactMap(map);
    const newcomer: Person = {
      id: 'new',
      side: 'customer',
      level: 'operational',
      department: 'IT',
    };
    const at = defaultPosition({ ...map, people: [...map.people, newcomer] }, newcomer, positions);
    const hides = (spot: Point) =>
      Math.max(...map.people.map((p) => worstOverlap([spot, positions[p.id]!])));
    expect(inside(at, newcomer)).toBe(true);
    // No spot of a coarse grid over the band hides less of any card.
    const left = sideX('customer') + BAND_PADDING;
    const top = bandTop('operational') + BAND_LABEL_HEIGHT;
    for (let x = left; x + NODE_WIDTH <= left + SIDE_WIDTH - 2 * BAND_PADDING; x += 48)
      for (
        let y = top;
        y + NODE_HEIGHT <= bandTop('operational') + BAND_HEIGHT - BAND_PADDING;
        y += 24
      )
        expect(hides(at)).toBeLessThanOrEqual(hides({ x, y }));
  });
});
